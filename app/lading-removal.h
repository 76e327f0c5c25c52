/* lading-removal.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-prune-list.h"
#include "lading-store.h"

G_BEGIN_DECLS

typedef void     (*LadingRemoveAsync)  (LadingEngine        *engine,
                                        const char          *name,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
typedef gboolean (*LadingRemoveFinish) (LadingEngine        *engine,
                                        GAsyncResult        *result,
                                        GError             **error);
/* The toast's title for what went: @only_name when one item went alone. */
typedef char    *(*LadingRemovedText)  (guint                n_removed,
                                        gint64               freed,
                                        const char          *only_name);

/**
 * LadingRemovalKind:
 * @remove_async: removes one object by name
 * @remove_finish: its end
 * @removed_text: says what went
 *
 * What a #LadingRemoval removes.
 */
typedef struct
{
  LadingRemoveAsync  remove_async;
  LadingRemoveFinish remove_finish;
  LadingRemovedText  removed_text;
} LadingRemovalKind;

typedef struct _LadingRemoval LadingRemoval;

AdwMessageDialog *lading_removal_new_question  (GtkWidget               *page,
                                                const char              *heading,
                                                const char              *body);
void              lading_removal_show_refusal  (GtkWidget               *page,
                                                const char              *heading,
                                                const char              *body);
LadingRemoval    *lading_removal_new           (GtkWidget               *page,
                                                LadingStore             *store,
                                                const LadingRemovalKind *kind);
void              lading_removal_add           (LadingRemoval           *self,
                                                const char              *key,
                                                const char              *title,
                                                gint64                   bytes);
void              lading_removal_ask           (LadingRemoval           *self,
                                                AdwMessageDialog        *dialog,
                                                const char              *response,
                                                LadingPruneList         *choices);

G_END_DECLS
