/* lading-list-cell.c
 *
 * What every cell of a LadingListView holds: the content widget (a
 * LadingTextCell, a LadingStateCell, a widget column's own), under a tree
 * expander in the first column, and the row's item while the cell is bound.
 * The content's properties follow the item through expressions the column
 * binds with lading_list_cell_bind_expression(); unbinding drops them all.
 * The context menu finds the row under the pointer through
 * lading_list_cell_get_list_item().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-cell"

#include "config.h"

#include "lading-list-cell.h"

struct _LadingListCell
{
  GtkWidget    parent_instance;

  /* Borrowed: the list item owns the cell */
  GtkListItem *list_item;
  GtkWidget   *content;

  /* Owned */
  GtkWidget   *child;     /* the content, or a tree expander around it */
  GObject     *item;      /* while bound */
  GPtrArray   *watches;   /* of GtkExpressionWatch, while bound */
};

G_DEFINE_FINAL_TYPE (LadingListCell, lading_list_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A watch may have ended already, with the target it set or the item. */
static void
watch_release (gpointer data)
{
  GtkExpressionWatch *watch = data;

  gtk_expression_watch_unwatch (watch);
  gtk_expression_watch_unref (watch);
}

static void
lading_list_cell_dispose (GObject *object)
{
  LadingListCell *self = (LadingListCell *)object;

  g_assert (LADING_IS_LIST_CELL (self));

  lading_list_cell_unbind (self);
  g_clear_pointer (&self->child, gtk_widget_unparent);
  self->content = NULL;

  G_OBJECT_CLASS (lading_list_cell_parent_class)->dispose (object);
}

static void
lading_list_cell_finalize (GObject *object)
{
  LadingListCell *self = (LadingListCell *)object;

  g_clear_pointer (&self->watches, g_ptr_array_unref);

  G_OBJECT_CLASS (lading_list_cell_parent_class)->finalize (object);
}

static void
lading_list_cell_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingListCell *self = LADING_LIST_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_list_cell_class_init (LadingListCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_list_cell_dispose;
  object_class->finalize = lading_list_cell_finalize;
  object_class->get_property = lading_list_cell_get_property;

  /**
   * LadingListCell:item:
   *
   * The item of the row the cell shows (in tree mode the tree row's item, a
   * leaf or a branch), %NULL while the cell shows no row.
   */
  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-list-cell");
}

static void
lading_list_cell_init (LadingListCell *self)
{
  self->watches = g_ptr_array_new_with_free_func (watch_release);
}

/**
 * lading_list_cell_new:
 * @list_item: the list item the cell is the child of
 * @content: the widget that shows the item
 * @expander: whether to put @content under a tree expander
 *
 * Returns: (transfer floating): a new cell, for gtk_list_item_set_child()
 */
GtkWidget *
lading_list_cell_new (GtkListItem *list_item,
                      GtkWidget   *content,
                      gboolean     expander)
{
  LadingListCell *self;

  g_return_val_if_fail (GTK_IS_LIST_ITEM (list_item), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (content), NULL);

  self = g_object_new (LADING_TYPE_LIST_CELL, NULL);
  self->list_item = list_item;
  self->content = content;
  self->child = content;
  if (expander)
    {
      self->child = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (self->child), content);
    }
  gtk_widget_set_parent (self->child, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

GtkListItem *
lading_list_cell_get_list_item (LadingListCell *self)
{
  g_return_val_if_fail (LADING_IS_LIST_CELL (self), NULL);

  return self->list_item;
}

GtkWidget *
lading_list_cell_get_content (LadingListCell *self)
{
  g_return_val_if_fail (LADING_IS_LIST_CELL (self), NULL);

  return self->content;
}

/**
 * lading_list_cell_get_item:
 * @self: a #LadingListCell
 *
 * Returns: (transfer none) (nullable): see #LadingListCell:item
 */
GObject *
lading_list_cell_get_item (LadingListCell *self)
{
  g_return_val_if_fail (LADING_IS_LIST_CELL (self), NULL);

  return self->item;
}

/**
 * lading_list_cell_bind:
 * @self: a #LadingListCell
 *
 * Takes the item of the list item's row, for a factory's "bind".
 */
void
lading_list_cell_bind (LadingListCell *self)
{
  gpointer row;
  GObject *item;

  g_return_if_fail (LADING_IS_LIST_CELL (self));

  lading_list_cell_unbind (self);

  /* In tree mode the row lets go of its item when the item leaves the
   * tree, which may be before unbind; the cell keeps its own reference. */
  row = gtk_list_item_get_item (self->list_item);
  if (GTK_IS_TREE_LIST_ROW (row))
    item = gtk_tree_list_row_get_item (row);
  else
    item = row != NULL ? g_object_ref (row) : NULL;

  if (GTK_IS_TREE_EXPANDER (self->child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (self->child),
                                    GTK_IS_TREE_LIST_ROW (row) ? row : NULL);

  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

/**
 * lading_list_cell_unbind:
 * @self: a #LadingListCell
 *
 * Drops the item and the expressions bound to it, for a factory's "unbind".
 */
void
lading_list_cell_unbind (LadingListCell *self)
{
  g_return_if_fail (LADING_IS_LIST_CELL (self));

  if (self->watches != NULL)
    g_ptr_array_set_size (self->watches, 0);

  if (self->item == NULL)
    return;

  if (GTK_IS_TREE_EXPANDER (self->child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (self->child), NULL);
  g_clear_object (&self->item);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

/**
 * lading_list_cell_bind_expression:
 * @self: a bound #LadingListCell
 * @expression: (transfer full): an expression to evaluate on the item
 * @target: the object to set, usually part of the content
 * @property: the property of @target to set
 *
 * Keeps @property of @target set to @expression evaluated on the item,
 * until the cell is unbound.
 */
void
lading_list_cell_bind_expression (LadingListCell *self,
                                  GtkExpression  *expression,
                                  GObject        *target,
                                  const char     *property)
{
  GtkExpressionWatch *watch;

  g_return_if_fail (LADING_IS_LIST_CELL (self));
  g_return_if_fail (self->item != NULL);

  /* The cell's list of watches keeps its own reference; the one of
   * gtk_expression_bind() goes with the target. */
  watch = gtk_expression_bind (expression, target, property, self->item);
  g_ptr_array_add (self->watches, gtk_expression_watch_ref (watch));
}
