/* lading-collection-private.h
 *
 * A GListStore of model objects indexed by key, updated in place: what the
 * engine reports again is assigned into the object already there, which
 * notifies the properties that changed.  items-changed means that items came
 * or went, never that one changed, so rows, selection and bindings keep their
 * object, and a change costs the list nothing; whoever sorts or filters on a
 * property follows its notify.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef const char *(*LadingKeyFunc)    (gpointer item);
typedef void        (*LadingAssignFunc) (gpointer item,
                                         gpointer from);

typedef struct _LadingCollection LadingCollection;

LadingCollection *_lading_collection_new         (GType             item_type,
                                                  LadingKeyFunc     key_func,
                                                  LadingAssignFunc  assign_func);
void              _lading_collection_free        (LadingCollection *self);
GListModel       *_lading_collection_get_model   (LadingCollection *self);
gpointer          _lading_collection_lookup      (LadingCollection *self,
                                                  const char       *key);
void              _lading_collection_upsert      (LadingCollection *self,
                                                  gpointer          fresh);
gboolean          _lading_collection_remove      (LadingCollection *self,
                                                  const char       *key);
void              _lading_collection_replace_all (LadingCollection *self,
                                                  GPtrArray        *fresh,
                                                  GHashTable       *keep);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingCollection, _lading_collection_free)

G_END_DECLS
