/* lading-inspect-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define LADING_TYPE_INSPECT_VIEW (lading_inspect_view_get_type ())

G_DECLARE_FINAL_TYPE (LadingInspectView, lading_inspect_view, LADING, INSPECT_VIEW, GtkWidget)

GtkWidget  *lading_inspect_view_new            (void);
void        lading_inspect_view_set_json       (LadingInspectView *self,
                                                JsonNode          *json);
char       *lading_inspect_view_dup_text       (LadingInspectView *self);
const char *lading_inspect_view_get_file_name  (LadingInspectView *self);
void        lading_inspect_view_set_file_name  (LadingInspectView *self,
                                                const char        *file_name);
void        lading_inspect_view_search         (LadingInspectView *self,
                                                const char        *text);
guint       lading_inspect_view_get_n_matches  (LadingInspectView *self);
int         lading_inspect_view_get_match      (LadingInspectView *self);
void        lading_inspect_view_next_match     (LadingInspectView *self);
void        lading_inspect_view_previous_match (LadingInspectView *self);

G_END_DECLS
