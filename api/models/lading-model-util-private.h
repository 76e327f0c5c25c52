/* lading-model-util-private.h
 *
 * Field updaters shared by the model objects' _assign functions.  Each replaces
 * *field only when the content differs and says whether it did, so the caller
 * notifies exactly the properties that changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  _lading_update_string  (char               **field,
                                  const char          *value);
gboolean  _lading_update_strv    (char              ***field,
                                  const char * const  *value);
/* Tables are never modified once parsed, so an unequal one is shared, not copied. */
gboolean  _lading_update_labels  (GHashTable         **field,
                                  GHashTable          *value);
gboolean  _lading_labels_equal   (GHashTable          *a,
                                  GHashTable          *b);
/* "sha256:0123456789ab…" and "0123456789ab…" both give "0123456789ab". */
char     *_lading_dup_short_id   (const char          *id);
void      _lading_split_repo_tag (const char          *repo_tag,
                                  char               **repository,
                                  char               **tag);

G_END_DECLS
