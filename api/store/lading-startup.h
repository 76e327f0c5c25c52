/* lading-startup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_STARTUP (lading_startup_get_type ())

G_DECLARE_FINAL_TYPE (LadingStartup, lading_startup, LADING, STARTUP, GObject)

LadingStartup       *lading_startup_new             (const char           *explicit_uri);
void                 lading_startup_choose_async    (LadingStartup        *self,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
LadingEngine        *lading_startup_choose_finish   (LadingStartup        *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void                 lading_startup_start_store     (LadingStartup        *self,
                                                     LadingStore          *store);

G_END_DECLS
