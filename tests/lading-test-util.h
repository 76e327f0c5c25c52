/* lading-test-util.h
 *
 * Helpers for the tests that run against the private engine started by
 * tests/run (LADING_TEST_DOCKER_HOST, LADING_TEST_ENGINE_DIR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lading-engine.h"

G_BEGIN_DECLS

typedef gboolean (*LadingTestCondition) (gpointer data);

gboolean      lading_test_have_engine         (void);
gboolean      lading_test_init                (int                 *argc,
                                               char              ***argv);
LadingEngine *lading_test_engine_new          (void);
LadingEngine *lading_test_connected_engine_new (void);
void          lading_test_await               (LadingTestCondition  condition,
                                               gpointer             data,
                                               const char          *what);
gboolean      lading_test_store_loaded        (gpointer             store);
gboolean      lading_test_store_disconnected  (gpointer             store);
void          lading_test_keep_result_cb      (GObject             *object,
                                               GAsyncResult        *result,
                                               gpointer             user_data);
void          lading_test_await_result        (GAsyncResult       **result,
                                               const char          *what);
JsonNode     *lading_test_api                 (const char          *method,
                                               const char          *path,
                                               const char          *json_body,
                                               guint               *status);
char         *lading_test_create_script_container (const char      *name,
                                                  const char      *script,
                                                  const char      *extra_json);
char         *lading_test_create_container    (const char          *name,
                                               const char          *extra_json);
void          lading_test_container_action    (const char          *id,
                                               const char          *action,
                                               guint                expected_status);
void          lading_test_remove_container    (const char          *id);
void          lading_test_remove_image        (const char          *name);
gboolean      lading_test_image_exists        (const char          *name);
void          lading_test_run_engine_script   (const char          *script,
                                               const char * const  *args);

G_END_DECLS
