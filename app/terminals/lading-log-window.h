/* lading-log-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-log-view.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_LOG_WINDOW (lading_log_window_get_type ())

G_DECLARE_FINAL_TYPE (LadingLogWindow, lading_log_window, LADING, LOG_WINDOW, AdwWindow)

LadingLogWindow *lading_log_window_new           (GtkApplication  *application,
                                                  LadingStore     *store,
                                                  LadingContainer *container);
LadingContainer *lading_log_window_get_container (LadingLogWindow *self);
LadingLogView   *lading_log_window_get_log_view  (LadingLogWindow *self);

G_END_DECLS
