/* lading-collection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-collection"

#include "config.h"

#include "lading-collection-private.h"

struct _LadingCollection
{
  GListStore       *store;
  GHashTable       *index;        /* key → item, borrowed from store */
  LadingKeyFunc     key_func;
  LadingAssignFunc  assign_func;
};

LadingCollection *
_lading_collection_new (GType            item_type,
                        LadingKeyFunc    key_func,
                        LadingAssignFunc assign_func)
{
  LadingCollection *self = g_new0 (LadingCollection, 1);

  self->store = g_list_store_new (item_type);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->key_func = key_func;
  self->assign_func = assign_func;

  return self;
}

void
_lading_collection_free (LadingCollection *self)
{
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_object (&self->store);
  g_free (self);
}

GListModel *
_lading_collection_get_model (LadingCollection *self)
{
  return G_LIST_MODEL (self->store);
}

gpointer
_lading_collection_lookup (LadingCollection *self,
                           const char       *key)
{
  return key != NULL ? g_hash_table_lookup (self->index, key) : NULL;
}

/* Assigns @fresh into the item with the same key, or appends @fresh. */
void
_lading_collection_upsert (LadingCollection *self,
                           gpointer          fresh)
{
  const char *key = self->key_func (fresh);
  gpointer existing = g_hash_table_lookup (self->index, key);

  if (existing != NULL)
    {
      self->assign_func (existing, fresh);
      return;
    }

  g_list_store_append (self->store, fresh);
  g_hash_table_insert (self->index, (gpointer)self->key_func (fresh), fresh);
}

gboolean
_lading_collection_remove (LadingCollection *self,
                           const char       *key)
{
  gpointer existing = _lading_collection_lookup (self, key);
  guint position;

  if (existing == NULL ||
      !g_list_store_find (self->store, existing, &position))
    return FALSE;

  g_hash_table_remove (self->index, key);
  g_list_store_remove (self->store, position);

  return TRUE;
}

/**
 * _lading_collection_replace_all:
 * @fresh: (element-type GObject): everything the engine lists now
 * @keep: (nullable): keys changed by events since the list was requested; the
 *   list is older than those changes, so it neither updates nor removes them
 *
 * Makes the collection hold what @fresh holds with the fewest changes: known
 * items are assigned in place, vanished ones removed, new ones appended in one
 * splice.  Only additions and removals emit items-changed.
 */
void
_lading_collection_replace_all (LadingCollection *self,
                                GPtrArray        *fresh,
                                GHashTable       *keep)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < fresh->len; i++)
    {
      gpointer item = g_ptr_array_index (fresh, i);
      const char *key = self->key_func (item);
      gpointer existing;

      g_hash_table_add (listed, (gpointer)key);

      if (keep != NULL && g_hash_table_contains (keep, key))
        continue;

      if ((existing = g_hash_table_lookup (self->index, key)) != NULL)
        self->assign_func (existing, item);
      else
        g_ptr_array_add (added, item);
    }

  /* From the end, so positions ahead stay valid. */
  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->store), i - 1);
      const char *key = self->key_func (item);

      if (g_hash_table_contains (listed, key) ||
          (keep != NULL && g_hash_table_contains (keep, key)))
        continue;

      g_hash_table_remove (self->index, key);
      g_list_store_remove (self->store, i - 1);
    }

  for (guint i = 0; i < added->len; i++)
    g_hash_table_insert (self->index, (gpointer)self->key_func (added->pdata[i]), added->pdata[i]);

  g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                       added->pdata, added->len);
}
