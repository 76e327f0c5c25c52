/* lading-process-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-engine.h"

G_BEGIN_DECLS

#define LADING_TYPE_PROCESS_VIEW (lading_process_view_get_type ())

G_DECLARE_FINAL_TYPE (LadingProcessView, lading_process_view, LADING, PROCESS_VIEW, GtkWidget)

GtkWidget         *lading_process_view_new              (void);
LadingEngine      *lading_process_view_get_engine       (LadingProcessView *self);
void               lading_process_view_set_engine       (LadingProcessView *self,
                                                         LadingEngine      *engine);
const char        *lading_process_view_get_container_id (LadingProcessView *self);
void               lading_process_view_set_container_id (LadingProcessView *self,
                                                         const char        *container_id);
gboolean           lading_process_view_get_running      (LadingProcessView *self);
void               lading_process_view_set_running      (LadingProcessView *self,
                                                         gboolean           running);
LadingProcessList *lading_process_view_get_processes    (LadingProcessView *self);
void               lading_process_view_refresh          (LadingProcessView *self);

G_END_DECLS
