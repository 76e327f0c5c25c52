/* lading-process-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_PROCESS_LIST (lading_process_list_get_type ())

/**
 * LadingProcessList:
 *
 * What `top` printed inside a container: the column titles ("UID", "PID",
 * "CMD", …, as `ps` names them) and one row of as many cells per process.
 * Immutable and reference counted.
 */
typedef struct _LadingProcessList LadingProcessList;

GType               lading_process_list_get_type     (void);
LadingProcessList  *lading_process_list_new          (const char * const *titles,
                                                      GPtrArray          *rows);
LadingProcessList  *lading_process_list_ref          (LadingProcessList  *self);
void                lading_process_list_unref        (LadingProcessList  *self);
const char * const *lading_process_list_get_titles   (LadingProcessList  *self);
guint               lading_process_list_get_n_rows   (LadingProcessList  *self);
const char * const *lading_process_list_get_row      (LadingProcessList  *self,
                                                      guint               index);
int                 lading_process_list_find_column  (LadingProcessList  *self,
                                                      const char         *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingProcessList, lading_process_list_unref)

G_END_DECLS
