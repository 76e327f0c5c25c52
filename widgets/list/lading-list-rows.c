/* lading-list-rows.c
 *
 * The rows of a LadingListView as its filter and sort see them: the items
 * of a model (the store's list, or the tree over it) passed through
 * unchanged, plus an items-changed for one row when a property of its item
 * changes that the filter or the sort reads.
 *
 * GtkFilterListModel and GtkSortListModel look at an item again only when
 * their model reports it as changed; telling them with gtk_filter_changed()
 * or gtk_sorter_changed() would filter and sort every row again for the
 * sake of one.  An items-changed (position, 1, 1) with the same object
 * filters that row and moves it to its new place, and the selection stays
 * with the object.  The store does not emit it, as most changes concern
 * neither (a status, a count), so the rows keep an index of their items and
 * watch only the properties the view says matter now.
 *
 * GTK 4.8's sort model reports every row from the moved one's old place to
 * its new one as changed, and their widgets bind again: one rename near the
 * top of a thousand rows rebinds the whole screen.  So a change that only
 * the sort reads is reported only when the view's check says the row is out
 * of order now; a value that changes but keeps its rank (a CPU figure, a
 * rename) then costs nothing.
 *
 * In a tree a branch's place decides its children's, and a branch shows
 * while one of its children passes the filter: a changed branch reports its
 * descendants with it, and a changed child its parent after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-rows"

#include "config.h"

#include "lading-list-rows.h"

typedef struct
{
  GObject *row;        /* owned: what the model holds, the item or its GtkTreeListRow */
  GObject *item;       /* owned: a tree row lets go of its item once removed */
  gulong   notify_id;
} Row;

struct _LadingListRows
{
  GObject     parent_instance;

  /* Owned */
  GListModel *model;
  GSequence  *rows;       /* of Row, in the model's order */
  GHashTable *index;      /* item (borrowed from its Row) → GSequenceIter */
  GHashTable *watched;    /* interned property names; NULL for every property */
  GHashTable *sorted;     /* interned names only the sort reads; NULL for none */
  LadingListRowsOrderFunc in_order;
  gpointer    in_order_data;
  gulong      items_changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadingListRows, lading_list_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
lading_list_rows_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
lading_list_rows_get_n_items (GListModel *model)
{
  return g_sequence_get_length (LADING_LIST_ROWS (model)->rows);
}

static gpointer
lading_list_rows_get_item (GListModel *model,
                           guint       position)
{
  LadingListRows *self = LADING_LIST_ROWS (model);
  GSequenceIter *iter = g_sequence_get_iter_at_pos (self->rows, position);

  if (g_sequence_iter_is_end (iter))
    return NULL;

  return g_object_ref (((Row *)g_sequence_get (iter))->row);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lading_list_rows_get_item_type;
  iface->get_n_items = lading_list_rows_get_n_items;
  iface->get_item = lading_list_rows_get_item;
}

static guint count_descendants (GSequenceIter *iter);

/* A branch's key decides where its children go: only a leaf's place can be
 * checked by its neighbours alone. */
static gboolean
row_in_order (LadingListRows *self,
              GObject        *item)
{
  GSequenceIter *iter = g_hash_table_lookup (self->index, item);

  if (self->in_order == NULL || iter == NULL || count_descendants (iter) > 0)
    return FALSE;

  return self->in_order (((Row *)g_sequence_get (iter))->row, self->in_order_data);
}

static void
item_notify_cb (GObject    *item,
                GParamSpec *pspec,
                gpointer    user_data)
{
  LadingListRows *self = user_data;

  if (self->watched == NULL || g_hash_table_contains (self->watched, pspec->name))
    lading_list_rows_item_changed (self, item);
  else if (self->sorted != NULL && g_hash_table_contains (self->sorted, pspec->name) &&
           !row_in_order (self, item))
    lading_list_rows_item_changed (self, item);
}

static Row *
row_new (LadingListRows *self,
         GObject        *object)
{
  Row *row = g_new0 (Row, 1);

  row->row = object;
  if (GTK_IS_TREE_LIST_ROW (object))
    row->item = gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (object));
  else
    row->item = g_object_ref (object);
  if (row->item != NULL)
    row->notify_id = g_signal_connect (row->item, "notify", G_CALLBACK (item_notify_cb), self);

  return row;
}

static void
row_free (gpointer data)
{
  Row *row = data;

  if (row->item != NULL)
    g_clear_signal_handler (&row->notify_id, row->item);
  g_clear_object (&row->item);
  g_clear_object (&row->row);
  g_free (row);
}

/* An item the model holds twice for a moment is indexed at its last place. */
static void
forget_range (LadingListRows *self,
              GSequenceIter  *begin,
              GSequenceIter  *end)
{
  for (GSequenceIter *iter = begin; iter != end; iter = g_sequence_iter_next (iter))
    {
      Row *row = g_sequence_get (iter);

      if (row->item != NULL && g_hash_table_lookup (self->index, row->item) == iter)
        g_hash_table_remove (self->index, row->item);
    }

  g_sequence_remove_range (begin, end);
}

static void
mirror (LadingListRows *self,
        guint           position,
        guint           removed,
        guint           added)
{
  GSequenceIter *at = g_sequence_get_iter_at_pos (self->rows, position);

  if (removed > 0)
    {
      GSequenceIter *end = g_sequence_get_iter_at_pos (self->rows, position + removed);

      forget_range (self, at, end);
      at = end;
    }

  for (guint i = 0; i < added; i++)
    {
      Row *row = row_new (self, g_list_model_get_item (self->model, position + i));
      GSequenceIter *iter = g_sequence_insert_before (at, row);

      if (row->item != NULL)
        g_hash_table_insert (self->index, row->item, iter);
    }
}

static void
model_items_changed_cb (LadingListRows *self,
                        guint           position,
                        guint           removed,
                        guint           added,
                        GListModel     *model)
{
  mirror (self, position, removed, added);
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* The rows under @iter's in a tree, which follow it in the model. */
static guint
count_descendants (GSequenceIter *iter)
{
  Row *row = g_sequence_get (iter);
  guint depth;
  guint n = 0;

  if (!GTK_IS_TREE_LIST_ROW (row->row))
    return 0;

  depth = gtk_tree_list_row_get_depth (GTK_TREE_LIST_ROW (row->row));
  for (iter = g_sequence_iter_next (iter); !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    {
      Row *next = g_sequence_get (iter);

      if (!GTK_IS_TREE_LIST_ROW (next->row) ||
          gtk_tree_list_row_get_depth (GTK_TREE_LIST_ROW (next->row)) <= depth)
        break;
      n++;
    }

  return n;
}

static void
report_row (LadingListRows *self,
            GSequenceIter  *iter,
            guint           n_rows)
{
  guint position = g_sequence_iter_get_position (iter);

  g_list_model_items_changed (G_LIST_MODEL (self), position, n_rows, n_rows);
}

static void
lading_list_rows_dispose (GObject *object)
{
  LadingListRows *self = (LadingListRows *)object;

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_clear_object (&self->model);
  if (self->rows != NULL)
    {
      g_hash_table_remove_all (self->index);
      g_sequence_remove_range (g_sequence_get_begin_iter (self->rows),
                               g_sequence_get_end_iter (self->rows));
    }

  G_OBJECT_CLASS (lading_list_rows_parent_class)->dispose (object);
}

static void
lading_list_rows_finalize (GObject *object)
{
  LadingListRows *self = (LadingListRows *)object;

  g_clear_pointer (&self->rows, g_sequence_free);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_clear_pointer (&self->sorted, g_hash_table_unref);

  G_OBJECT_CLASS (lading_list_rows_parent_class)->finalize (object);
}

static void
lading_list_rows_class_init (LadingListRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_list_rows_dispose;
  object_class->finalize = lading_list_rows_finalize;
}

static void
lading_list_rows_init (LadingListRows *self)
{
  self->rows = g_sequence_new (row_free);
  self->index = g_hash_table_new (NULL, NULL);
}

LadingListRows *
lading_list_rows_new (void)
{
  return g_object_new (LADING_TYPE_LIST_ROWS, NULL);
}

/**
 * lading_list_rows_set_model:
 * @self: a #LadingListRows
 * @model: (nullable): the items, or the GtkTreeListModel over them
 */
void
lading_list_rows_set_model (LadingListRows *self,
                            GListModel     *model)
{
  guint removed;
  guint added;

  g_return_if_fail (LADING_IS_LIST_ROWS (self));
  g_return_if_fail (!model || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_set_object (&self->model, model);

  removed = g_sequence_get_length (self->rows);
  added = model != NULL ? g_list_model_get_n_items (model) : 0;
  mirror (self, 0, removed, added);

  if (model != NULL)
    self->items_changed_id = g_signal_connect_swapped (model, "items-changed",
                                                       G_CALLBACK (model_items_changed_cb), self);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
}

/**
 * lading_list_rows_set_watched:
 * @self: a #LadingListRows
 * @names: (transfer full) (nullable) (element-type utf8): a set of
 *   interned property names, %NULL for every property
 * @sorted: (transfer full) (nullable) (element-type utf8): interned names
 *   of properties only the sort reads
 *
 * Sets the properties of the items whose change re-presents the row: those
 * in @names always, those in @sorted when the row is out of order then
 * (see lading_list_rows_set_order_check()).
 */
void
lading_list_rows_set_watched (LadingListRows *self,
                              GHashTable     *names,
                              GHashTable     *sorted)
{
  g_return_if_fail (LADING_IS_LIST_ROWS (self));

  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_clear_pointer (&self->sorted, g_hash_table_unref);
  self->watched = names;
  self->sorted = sorted;
}

/**
 * lading_list_rows_set_order_check:
 * @self: a #LadingListRows
 * @in_order: (nullable): says whether a row still stands where the sort
 *   put it; %NULL reports every change of a sorted property
 * @user_data: for @in_order; must outlive @self or the next call
 */
void
lading_list_rows_set_order_check (LadingListRows          *self,
                                  LadingListRowsOrderFunc  in_order,
                                  gpointer                 user_data)
{
  g_return_if_fail (LADING_IS_LIST_ROWS (self));

  self->in_order = in_order;
  self->in_order_data = user_data;
}

/**
 * lading_list_rows_item_changed:
 * @self: a #LadingListRows
 * @item: (type GObject): an item of the model, or of one of its tree rows
 *
 * Reports @item's row as changed, so that it is filtered and sorted again,
 * with its descendants and then its parent in a tree.  An item without a
 * row is left alone.
 */
void
lading_list_rows_item_changed (LadingListRows *self,
                               gpointer        item)
{
  g_autoptr(GtkTreeListRow) parent = NULL;
  GSequenceIter *iter;
  Row *row;

  g_return_if_fail (LADING_IS_LIST_ROWS (self));

  if ((iter = g_hash_table_lookup (self->index, item)) == NULL)
    return;

  row = g_sequence_get (iter);
  if (GTK_IS_TREE_LIST_ROW (row->row))
    parent = gtk_tree_list_row_get_parent (GTK_TREE_LIST_ROW (row->row));

  report_row (self, iter, 1 + count_descendants (iter));

  if (parent != NULL)
    {
      g_autoptr(GObject) parent_item = gtk_tree_list_row_get_item (parent);

      if (parent_item != NULL && (iter = g_hash_table_lookup (self->index, parent_item)) != NULL)
        report_row (self, iter, 1);
    }
}
