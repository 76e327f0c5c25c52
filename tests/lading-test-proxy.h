/* lading-test-proxy.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A TCP relay on loopback between the engine and a test registry, to
 * inject faults: it can hold back the blobs (the layers) while the
 * manifests pass, and drop everything as a registry that stops would. */
typedef struct _LadingTestProxy LadingTestProxy;

LadingTestProxy *lading_test_proxy_new          (const char      *target);
void             lading_test_proxy_free         (LadingTestProxy *self);
const char      *lading_test_proxy_get_address  (LadingTestProxy *self);
void             lading_test_proxy_set_hold_blobs (LadingTestProxy *self,
                                                   gboolean         hold);
guint            lading_test_proxy_get_n_held   (LadingTestProxy *self);
guint            lading_test_proxy_get_n_open   (LadingTestProxy *self);
void             lading_test_proxy_stop         (LadingTestProxy *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingTestProxy, lading_test_proxy_free)

G_END_DECLS
