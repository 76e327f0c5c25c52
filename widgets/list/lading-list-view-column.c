/* lading-list-view-column.c
 *
 * One column of a LadingListView, built from a LadingListColumn: a
 * GtkColumnViewColumn whose cells show an item property formatted by kind
 * and follow its changes, and a sorter chosen by the property's type.
 *
 * In tree mode the cells get GtkTreeListRows and the sorters the items of
 * any level, some of which are branches (compose projects) rather than the
 * item type the table describes.  A branch row shows its name in the first
 * column, under the tree expander, and a summary in the state column; the
 * sorters read a property of the same name, so branches sort among the
 * items by any property they share (name, state).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view-column"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-compose-project.h"
#include "lading-list-view-column-private.h"
#include "lading-project-summary.h"
#include "lading-state-badge.h"
#include "lading-status-text.h"
#include "lading-ticker.h"

/* Shared, reference-counted, by the view, the column's factory and sorter,
 * and every list item of the column, which may outlive one another. */
struct _LadingListViewColumn
{
  const LadingListColumn *spec;           /* the caller's static table */
  LadingListViewProbe    *probe;          /* the view's; NULL once detached */
  GType                   item_type;      /* what the table describes */
  GParamSpec             *pspec;          /* spec->property of the item type */
  GParamSpec             *health_pspec;   /* "health" for state badges, if any */
  GStrv                   notify_signals; /* "notify::…" that change the cell */
  GtkColumnViewColumn    *column;         /* borrowed: the column view owns it */
  GtkSorter              *sorter;         /* compares items; NULL if unsortable */
  gboolean                expander;       /* the first column, with the tree expander */

  /* State columns: what runs on an item ("Stopping…"), shown instead of
   * its badge, and the cells bound now, to show it at once. */
  GHashTable             *busy_texts;     /* owned item → owned text */
  GHashTable             *bound_cells;    /* set of GtkListItem */
};

/* The properties a status cell reads; see LADING_CELL_CONTAINER_STATUS. */
static const char * const status_properties[] = {
  "state", "exit-code", "health", "started-at", "finished-at", NULL
};

static void
column_clear (gpointer data)
{
  LadingListViewColumn *self = data;

  g_clear_object (&self->sorter);
  g_clear_pointer (&self->notify_signals, g_strfreev);
  g_clear_pointer (&self->busy_texts, g_hash_table_unref);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
}

static void
column_closure_notify (gpointer  data,
                       GClosure *closure)
{
  _lading_list_view_column_release (data);
}

static gint64
value_get_int64 (const GValue *value)
{
  g_auto(GValue) as_int64 = G_VALUE_INIT;

  g_value_init (&as_int64, G_TYPE_INT64);
  if (!g_value_transform (value, &as_int64))
    return 0;

  return g_value_get_int64 (&as_int64);
}

static char *
value_dup_text (const GValue *value)
{
  g_auto(GValue) as_string = G_VALUE_INIT;
  char *text;

  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      char **strv = g_value_get_boxed (value);

      return strv != NULL ? g_strjoinv (", ", strv) : g_strdup ("");
    }

  g_value_init (&as_string, G_TYPE_STRING);
  if (!g_value_transform (value, &as_string))
    return g_strdup ("");

  text = g_value_dup_string (&as_string);
  return text != NULL ? text : g_strdup ("");
}

static char *
item_dup_status (GObject *item,
                 gint64   now)
{
  LadingContainerState state;
  LadingContainerHealth health;
  int exit_code;
  gint64 started_at;
  gint64 finished_at;

  g_object_get (item,
                "state", &state,
                "exit-code", &exit_code,
                "health", &health,
                "started-at", &started_at,
                "finished-at", &finished_at,
                NULL);

  return lading_status_text_format (state, exit_code, health, started_at, finished_at, now);
}

static gboolean
column_is_leaf (LadingListViewColumn *self,
                GObject              *item)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type);
}

/* A branch shows its name under the expander and, if it is a compose
 * project, its summary where its containers show their state. */
static char *
branch_dup_text (LadingListViewColumn *self,
                 GObject              *item)
{
  char *text = NULL;

  if (self->spec->kind == LADING_CELL_CONTAINER_STATE && LADING_IS_COMPOSE_PROJECT (item))
    {
      LadingComposeProject *project = LADING_COMPOSE_PROJECT (item);

      return lading_project_summary_format (lading_compose_project_get_n_containers (project),
                                            lading_compose_project_get_n_running (project),
                                            lading_compose_project_get_n_paused (project),
                                            lading_compose_project_get_n_exited (project));
    }

  if (self->expander)
    text = _lading_list_view_dup_property_text (item, self->spec->property);

  return text != NULL ? text : g_strdup ("");
}

static gboolean
column_ticks (LadingListViewColumn *self)
{
  return self->spec->kind == LADING_CELL_RELATIVE_TIME ||
         self->spec->kind == LADING_CELL_CONTAINER_STATUS;
}

static void
cell_update_badge (LadingListViewColumn *self,
                   GObject              *item,
                   LadingStateBadge     *badge)
{
  g_auto(GValue) value = G_VALUE_INIT;
  LadingContainerHealth health = LADING_CONTAINER_HEALTH_NONE;

  g_value_init (&value, self->pspec->value_type);
  g_object_get_property (item, self->pspec->name, &value);
  if (self->health_pspec != NULL)
    g_object_get (item, "health", &health, NULL);

  lading_state_badge_set_state (badge, value_get_int64 (&value));
  lading_state_badge_set_health (badge, health);
}

static GtkWidget *
cell_get_content (GtkListItem *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (GTK_IS_TREE_EXPANDER (child))
    return gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));

  return child;
}

/* In a state column, the content is a box of a badge for items, a spinner
 * for items an action runs on, and an inscription for branches' summaries
 * and the action's name. */
static GtkInscription *
cell_get_inscription (LadingListViewColumn *self,
                      GtkWidget            *content,
                      gboolean              leaf,
                      gboolean              busy)
{
  GtkWidget *badge;
  GtkWidget *spinner;
  GtkWidget *inscription;

  if (self->spec->kind != LADING_CELL_CONTAINER_STATE)
    return GTK_INSCRIPTION (content);

  badge = gtk_widget_get_first_child (content);
  spinner = gtk_widget_get_next_sibling (badge);
  inscription = gtk_widget_get_next_sibling (spinner);
  gtk_widget_set_visible (badge, leaf && !busy);
  gtk_widget_set_visible (spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), busy);
  gtk_widget_set_visible (inscription, !leaf || busy);

  return GTK_INSCRIPTION (inscription);
}

/* Runs on bind, on every change of the item's shown properties and, for
 * times, every second; so it touches the widget only when the text changed. */
static void
cell_update (GtkListItem *list_item)
{
  LadingListViewColumn *self = g_object_get_data (G_OBJECT (list_item), "lading-column");
  GObject *item = g_object_get_data (G_OBJECT (list_item), "lading-item");
  GtkWidget *content = cell_get_content (list_item);
  GtkInscription *inscription;
  g_autofree char *text = NULL;
  const char *busy_text;
  gboolean leaf;

  if (item == NULL)
    return;

  leaf = column_is_leaf (self, item);
  busy_text = self->busy_texts != NULL ? g_hash_table_lookup (self->busy_texts, item) : NULL;
  inscription = cell_get_inscription (self, content, leaf, busy_text != NULL);

  if (self->expander)
    {
      if (leaf)
        gtk_widget_remove_css_class (content, "heading");
      else
        gtk_widget_add_css_class (content, "heading");
    }

  if (leaf && self->spec->kind == LADING_CELL_CONTAINER_STATE)
    {
      /* A recycled cell must not keep a project's summary, even hidden. */
      gtk_inscription_set_text (inscription, busy_text);
      cell_update_badge (self, item, LADING_STATE_BADGE (gtk_widget_get_first_child (content)));
      return;
    }

  text = _lading_list_view_column_dup_text (self, item,
                                            lading_ticker_get_now (lading_ticker_get_default ()));
  if (g_strcmp0 (text, gtk_inscription_get_text (inscription)) == 0)
    return;

  gtk_inscription_set_text (inscription, text);

  /* Long names and IDs are ellipsized; the tooltip shows them whole. */
  if (self->spec->kind == LADING_CELL_TEXT || self->spec->kind == LADING_CELL_MONOSPACE)
    gtk_widget_set_tooltip_text (content, text);
}

static GtkWidget *
inscription_new (LadingListViewColumn *self)
{
  GtkWidget *child = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), MAX (self->spec->nat_chars, 0));
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (child),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (child, TRUE);

  return child;
}

static GtkWidget *
content_new (LadingListViewColumn *self)
{
  GtkWidget *child;

  if (self->spec->kind == LADING_CELL_CONTAINER_STATE)
    {
      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (child), lading_state_badge_new ());
      gtk_box_append (GTK_BOX (child), gtk_spinner_new ());
      gtk_box_append (GTK_BOX (child), inscription_new (self));
      return child;
    }

  child = inscription_new (self);

  if (self->spec->kind == LADING_CELL_MONOSPACE)
    gtk_widget_add_css_class (child, "monospace");

  if (self->spec->kind == LADING_CELL_SIZE || self->spec->kind == LADING_CELL_COUNT)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (child), 1.0);
      gtk_widget_add_css_class (child, "numeric");
    }

  return child;
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  LadingListViewColumn     *self)
{
  GtkWidget *content = content_new (self);
  GtkWidget *child = content;

  g_object_set_data_full (G_OBJECT (list_item), "lading-column",
                          g_rc_box_acquire (self), _lading_list_view_column_release);

  if (self->expander)
    {
      child = gtk_tree_expander_new ();
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (child), content);
    }

  /* The context menu finds the row under the pointer through this. */
  g_object_set_data (G_OBJECT (child), "lading-list-item", list_item);
  gtk_list_item_set_child (list_item, child);
}

/* The store updates items in place, so a bound cell follows its item's
 * notifications until unbind. */
static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LadingListViewColumn     *self)
{
  gpointer row = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  LadingTicker *ticker = lading_ticker_get_default ();
  GObject *item = row;

  /* In tree mode the row lets go of its item when the item leaves the
   * tree, which may be before unbind; the cell keeps its own reference. */
  if (GTK_IS_TREE_LIST_ROW (row))
    item = gtk_tree_list_row_get_item (row);
  else
    g_object_ref (item);
  g_object_set_data_full (G_OBJECT (list_item), "lading-item", item, g_object_unref);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child),
                                    GTK_IS_TREE_LIST_ROW (row) ? row : NULL);

  /* Branches are few, and their cells show what many properties add up to. */
  if (!column_is_leaf (self, item))
    g_signal_connect_swapped (item, "notify", G_CALLBACK (cell_update), list_item);
  else
    for (guint i = 0; self->notify_signals[i] != NULL; i++)
      g_signal_connect_swapped (item, self->notify_signals[i], G_CALLBACK (cell_update), list_item);

  if (column_ticks (self))
    {
      lading_ticker_hold (ticker);
      g_signal_connect_swapped (ticker, "notify::now", G_CALLBACK (cell_update), list_item);
    }

  if (self->bound_cells != NULL)
    g_hash_table_add (self->bound_cells, list_item);

  cell_update (list_item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   LadingListViewColumn     *self)
{
  GObject *item = g_object_get_data (G_OBJECT (list_item), "lading-item");
  GtkWidget *child = gtk_list_item_get_child (list_item);
  LadingTicker *ticker = lading_ticker_get_default ();

  if (self->bound_cells != NULL)
    g_hash_table_remove (self->bound_cells, list_item);
  g_signal_handlers_disconnect_by_data (item, list_item);
  g_object_set_data (G_OBJECT (list_item), "lading-item", NULL);
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);

  if (column_ticks (self))
    {
      g_signal_handlers_disconnect_by_data (ticker, list_item);
      lading_ticker_release (ticker);
    }
}

/* What a sorter reads: the property of the item type, found once, and the
 * property of the same name on the last other type it met, so that tree
 * mode's branches sort among the items without a lookup per comparison.  An
 * item without the property sorts as an empty string or zero. */
typedef struct
{
  GParamSpec *pspec;
  GType       other_type;
  GParamSpec *other_pspec;
} SortProperty;

static SortProperty *
sort_property_new (GParamSpec *pspec)
{
  SortProperty *self = g_new0 (SortProperty, 1);

  self->pspec = pspec;

  return self;
}

static GValue *
item_get_value (GObject      *item,
                SortProperty *property,
                GValue       *value)
{
  GParamSpec *pspec;

  if (item == NULL)
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (item, property->pspec->owner_type))
    pspec = property->pspec;
  else
    {
      if (property->other_type != G_OBJECT_TYPE (item))
        {
          property->other_type = G_OBJECT_TYPE (item);
          property->other_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item),
                                                                property->pspec->name);
        }
      pspec = property->other_pspec;
    }

  if (pspec == NULL)
    return NULL;

  g_value_init (value, pspec->value_type);
  g_object_get_property (item, pspec->name, value);

  return value;
}

static char *
sort_key_string (GObject      *item,
                 SortProperty *property)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (item_get_value (item, property, &value) == NULL || !G_VALUE_HOLDS_STRING (&value))
    return NULL;

  return g_value_dup_string (&value);
}

static gint64
sort_key_int64 (GObject      *item,
                SortProperty *property)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (item_get_value (item, property, &value) == NULL)
    return 0;

  if (G_VALUE_HOLDS_BOOLEAN (&value))
    return g_value_get_boolean (&value);

  return value_get_int64 (&value);
}

static double
sort_key_double (GObject      *item,
                 SortProperty *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) as_double = G_VALUE_INIT;

  if (item_get_value (item, property, &value) == NULL)
    return 0.0;

  g_value_init (&as_double, G_TYPE_DOUBLE);
  if (!g_value_transform (&value, &as_double))
    return 0.0;

  return g_value_get_double (&as_double);
}

static void
sort_property_free (gpointer  data,
                    GClosure *closure)
{
  g_free (data);
}

static GtkExpression *
sort_key_expression (GType       type,
                     GCallback   callback,
                     GParamSpec *pspec)
{
  return gtk_cclosure_expression_new (type, NULL, 0, NULL, callback,
                                      sort_property_new (pspec), sort_property_free);
}

/* GtkNumericSorter knows no enums, hence the conversion to int64. */
static GtkSorter *
sorter_new_for_pspec (GParamSpec *pspec)
{
  GtkExpression *expression;

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      expression = sort_key_expression (G_TYPE_STRING, G_CALLBACK (sort_key_string), pspec);
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case G_TYPE_FLOAT:
    case G_TYPE_DOUBLE:
      expression = sort_key_expression (G_TYPE_DOUBLE, G_CALLBACK (sort_key_double), pspec);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    case G_TYPE_ENUM:
    case G_TYPE_BOOLEAN:
    case G_TYPE_CHAR:
    case G_TYPE_UCHAR:
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
      expression = sort_key_expression (G_TYPE_INT64, G_CALLBACK (sort_key_int64), pspec);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    default:
      return NULL;
    }
}

/* Every column sorts through this wrapper for the sake of the probe; see
 * LadingListViewProbe. */
static int
column_compare_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  LadingListViewColumn *self = user_data;

  if (self->probe != NULL && self->probe->active)
    {
      if (self->probe->chain != NULL)
        {
          g_ptr_array_add (self->probe->chain, self);
          return GTK_ORDERING_EQUAL;
        }

      self->probe->found = self;
      return GTK_ORDERING_SMALLER;
    }

  return gtk_sorter_compare (self->sorter, (gpointer)a, (gpointer)b);
}

static GStrv
column_dup_notify_signals (LadingListViewColumn *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (self->spec->kind == LADING_CELL_CONTAINER_STATUS)
    {
      for (guint i = 0; status_properties[i] != NULL; i++)
        {
          g_autofree char *signal = g_strconcat ("notify::", status_properties[i], NULL);

          g_strv_builder_add (builder, signal);
        }
    }
  else
    {
      g_autofree char *signal = g_strconcat ("notify::", self->pspec->name, NULL);

      g_strv_builder_add (builder, signal);
      if (self->health_pspec != NULL)
        g_strv_builder_add (builder, "notify::health");
    }

  return g_strv_builder_end (builder);
}

static gboolean
item_class_has_status_properties (GObjectClass *item_class)
{
  for (guint i = 0; status_properties[i] != NULL; i++)
    {
      if (g_object_class_find_property (item_class, status_properties[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
column_create (LadingListViewColumn *self,
               GtkColumnView        *column_view)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_data (factory, "setup", G_CALLBACK (factory_setup_cb),
                         g_rc_box_acquire (self), column_closure_notify, 0);
  g_signal_connect_data (factory, "bind", G_CALLBACK (factory_bind_cb),
                         g_rc_box_acquire (self), column_closure_notify, 0);
  g_signal_connect_data (factory, "unbind", G_CALLBACK (factory_unbind_cb),
                         g_rc_box_acquire (self), column_closure_notify, 0);

  /* The column takes the factory; the column view takes its own reference. */
  self->column = gtk_column_view_column_new (_(self->spec->title), factory);
  gtk_column_view_column_set_expand (self->column, self->spec->expand);
  gtk_column_view_column_set_resizable (self->column, TRUE);

  if (self->sorter != NULL)
    {
      g_autoptr(GtkCustomSorter) sorter = NULL;

      sorter = gtk_custom_sorter_new (column_compare_cb, g_rc_box_acquire (self),
                                      _lading_list_view_column_release);
      gtk_column_view_column_set_sorter (self->column, GTK_SORTER (sorter));
    }

  gtk_column_view_append_column (column_view, self->column);
  g_object_unref (self->column);
}

/**
 * _lading_list_view_column_new:
 * @spec: a column of a static table
 * @item_class: the class of the model's items
 * @probe: the view's probe, which must outlive the column or be detached
 * @column_view: where to append the column
 * @expander: whether the cells have a tree expander (the first column)
 *
 * Creates a column and appends it to @column_view.
 *
 * Returns: (transfer full) (nullable): the column, or %NULL if @item_class
 *   lacks the properties @spec names
 */
LadingListViewColumn *
_lading_list_view_column_new (const LadingListColumn *spec,
                              GObjectClass           *item_class,
                              LadingListViewProbe    *probe,
                              GtkColumnView          *column_view,
                              gboolean                expander)
{
  const char *sort_property = spec->sort_property ? spec->sort_property : spec->property;
  GParamSpec *sort_pspec = g_object_class_find_property (item_class, sort_property);
  LadingListViewColumn *self;

  g_return_val_if_fail (spec->id != NULL && spec->title != NULL, NULL);
  g_return_val_if_fail (g_object_class_find_property (item_class, spec->property), NULL);
  g_return_val_if_fail (sort_pspec != NULL, NULL);
  g_return_val_if_fail (spec->kind != LADING_CELL_CONTAINER_STATUS ||
                        item_class_has_status_properties (item_class), NULL);

  self = g_rc_box_new0 (LadingListViewColumn);
  self->spec = spec;
  self->probe = probe;
  self->item_type = G_OBJECT_CLASS_TYPE (item_class);
  self->expander = !!expander;
  self->pspec = g_object_class_find_property (item_class, spec->property);
  if (spec->kind == LADING_CELL_CONTAINER_STATE)
    {
      self->health_pspec = g_object_class_find_property (item_class, "health");
      self->busy_texts = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
      self->bound_cells = g_hash_table_new (NULL, NULL);
    }
  self->notify_signals = column_dup_notify_signals (self);
  self->sorter = sorter_new_for_pspec (sort_pspec);

  column_create (self, column_view);

  return self;
}

void
_lading_list_view_column_release (gpointer column)
{
  g_rc_box_release_full (column, column_clear);
}

/* The view calls this when it goes away; cells and sorters may stay a
 * little longer and must then stop probing it. */
void
_lading_list_view_column_detach (LadingListViewColumn *self)
{
  self->probe = NULL;
}

/* Shows @text with a spinner in place of @item's state badge, or the badge
 * again for NULL; a no-op in other columns. */
void
_lading_list_view_column_set_busy_text (LadingListViewColumn *self,
                                        GObject              *item,
                                        const char           *text)
{
  GHashTableIter iter;
  gpointer list_item;

  if (self->busy_texts == NULL)
    return;

  if (text != NULL)
    g_hash_table_replace (self->busy_texts, g_object_ref (item), g_strdup (text));
  else if (!g_hash_table_remove (self->busy_texts, item))
    return;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    if (g_object_get_data (list_item, "lading-item") == item)
      cell_update (list_item);
}

const LadingListColumn *
_lading_list_view_column_get_spec (LadingListViewColumn *self)
{
  return self->spec;
}

GtkColumnViewColumn *
_lading_list_view_column_get_column (LadingListViewColumn *self)
{
  return self->column;
}

gboolean
_lading_list_view_column_get_sortable (LadingListViewColumn *self)
{
  return self->sorter != NULL;
}

/* Adds the properties the cell's text is made of to @names, interned. */
void
_lading_list_view_column_add_text_properties (LadingListViewColumn *self,
                                              GHashTable           *names)
{
  for (guint i = 0; self->notify_signals[i] != NULL; i++)
    {
      const char *name = self->notify_signals[i] + strlen ("notify::");

      g_hash_table_add (names, (gpointer)g_intern_string (name));
    }
}

/**
 * _lading_list_view_column_dup_text:
 * @self: a column
 * @item: an item of the model
 * @now: the current time, unix seconds
 *
 * Returns: (transfer full): the text the cell shows, which is also what the
 *   search matches (a state badge's text is the state's name); "" for a
 *   branch in most columns
 */
char *
_lading_list_view_column_dup_text (LadingListViewColumn *self,
                                   GObject              *item,
                                   gint64                now)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 number;

  if (!column_is_leaf (self, item))
    return branch_dup_text (self, item);

  if (self->spec->kind == LADING_CELL_CONTAINER_STATUS)
    return item_dup_status (item, now);

  g_value_init (&value, self->pspec->value_type);
  g_object_get_property (item, self->pspec->name, &value);

  switch (self->spec->kind)
    {
    case LADING_CELL_SIZE:
      return g_format_size (MAX (0, value_get_int64 (&value)));

    case LADING_CELL_COUNT:
      number = value_get_int64 (&value);
      return number != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, number) : g_strdup ("—");

    case LADING_CELL_RELATIVE_TIME:
      return lading_status_text_format_relative (value_get_int64 (&value), now);

    case LADING_CELL_CONTAINER_STATE:
      return g_strdup (lading_status_text_state_name (value_get_int64 (&value)));

    case LADING_CELL_TEXT:
    case LADING_CELL_MONOSPACE:
    case LADING_CELL_CONTAINER_STATUS:
    default:
      return value_dup_text (&value);
    }
}

/**
 * _lading_list_view_dup_property_text:
 * @item: any object
 * @property: a property name
 *
 * Returns: (transfer full) (nullable): @property of @item as text, as a
 *   plain text cell shows it, or %NULL if @item has no such property
 */
char *
_lading_list_view_dup_property_text (GObject    *item,
                                     const char *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  if (item == NULL ||
      (pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), property)) == NULL)
    return NULL;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (item, property, &value);

  return value_dup_text (&value);
}
