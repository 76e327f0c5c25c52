/* lading-log-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <vte/vte.h>

#include "lading-container.h"
#include "lading-engine.h"

G_BEGIN_DECLS

#define LADING_TYPE_LOG_VIEW (lading_log_view_get_type ())

G_DECLARE_FINAL_TYPE (LadingLogView, lading_log_view, LADING, LOG_VIEW, GtkWidget)

LadingLogView   *lading_log_view_new            (void);
void             lading_log_view_set_container  (LadingLogView   *self,
                                                 LadingEngine    *engine,
                                                 LadingContainer *container);
LadingContainer *lading_log_view_get_container  (LadingLogView   *self);
VteTerminal     *lading_log_view_get_terminal   (LadingLogView   *self);
guint            lading_log_view_get_n_lines    (LadingLogView   *self);
gboolean         lading_log_view_get_loading    (LadingLogView   *self);
gboolean         lading_log_view_get_following  (LadingLogView   *self);
void             lading_log_view_set_following  (LadingLogView   *self,
                                                 gboolean         following);
gboolean         lading_log_view_get_exporting  (LadingLogView   *self);
void             lading_log_view_set_tail_lines (LadingLogView   *self,
                                                 int              tail_lines);
void             lading_log_view_set_scrollback_lines (LadingLogView *self,
                                                       int            scrollback_lines);
void             lading_log_view_clear          (LadingLogView   *self);
gboolean         lading_log_view_search         (LadingLogView   *self,
                                                 const char      *text);
void             lading_log_view_load_older     (LadingLogView   *self);
void             lading_log_view_export         (LadingLogView   *self,
                                                 GFile           *file);

G_END_DECLS
