/* lading-list-view-column.c
 *
 * One column of a LadingListView, built from a LadingListColumn: a
 * GtkColumnViewColumn whose cells show an item property formatted by kind
 * and follow its changes, and a sorter chosen by the property's type.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view-column"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-list-view-column-private.h"
#include "lading-state-badge.h"
#include "lading-status-text.h"
#include "lading-ticker.h"

/* Shared, reference-counted, by the view, the column's factory and sorter,
 * and every list item of the column, which may outlive one another. */
struct _LadingListViewColumn
{
  const LadingListColumn *spec;           /* the caller's static table */
  LadingListViewProbe    *probe;          /* the view's; NULL once detached */
  GParamSpec             *pspec;          /* spec->property of the item type */
  GParamSpec             *health_pspec;   /* "health" for state badges, if any */
  GStrv                   notify_signals; /* "notify::…" that change the cell */
  GtkColumnViewColumn    *column;         /* borrowed: the column view owns it */
  GtkSorter              *sorter;         /* compares items; NULL if unsortable */
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

/* Runs on bind, on every change of the item's shown properties and, for
 * times, every second; so it touches the widget only when the text changed. */
static void
cell_update (GtkListItem *list_item)
{
  LadingListViewColumn *self = g_object_get_data (G_OBJECT (list_item), "lading-column");
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;

  if (self->spec->kind == LADING_CELL_CONTAINER_STATE)
    {
      cell_update_badge (self, item, LADING_STATE_BADGE (child));
      return;
    }

  text = _lading_list_view_column_dup_text (self, item,
                                            lading_ticker_get_now (lading_ticker_get_default ()));
  if (g_strcmp0 (text, gtk_inscription_get_text (GTK_INSCRIPTION (child))) == 0)
    return;

  gtk_inscription_set_text (GTK_INSCRIPTION (child), text);

  /* Long names and IDs are ellipsized; the tooltip shows them whole. */
  if (self->spec->kind == LADING_CELL_TEXT || self->spec->kind == LADING_CELL_MONOSPACE)
    gtk_widget_set_tooltip_text (child, text);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  LadingListViewColumn     *self)
{
  GtkWidget *child;

  g_object_set_data_full (G_OBJECT (list_item), "lading-column",
                          g_rc_box_acquire (self), _lading_list_view_column_release);

  if (self->spec->kind == LADING_CELL_CONTAINER_STATE)
    {
      gtk_list_item_set_child (list_item, lading_state_badge_new ());
      return;
    }

  child = gtk_inscription_new (NULL);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (child), MAX (self->spec->nat_chars, 0));
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (child),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);

  if (self->spec->kind == LADING_CELL_MONOSPACE)
    gtk_widget_add_css_class (child, "monospace");

  if (self->spec->kind == LADING_CELL_SIZE || self->spec->kind == LADING_CELL_COUNT)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (child), 1.0);
      gtk_widget_add_css_class (child, "numeric");
    }

  gtk_list_item_set_child (list_item, child);
}

/* The store updates items in place, so a bound cell follows its item's
 * notifications until unbind. */
static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LadingListViewColumn     *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  LadingTicker *ticker = lading_ticker_get_default ();

  for (guint i = 0; self->notify_signals[i] != NULL; i++)
    g_signal_connect_swapped (item, self->notify_signals[i], G_CALLBACK (cell_update), list_item);

  if (column_ticks (self))
    {
      lading_ticker_hold (ticker);
      g_signal_connect_swapped (ticker, "notify::now", G_CALLBACK (cell_update), list_item);
    }

  cell_update (list_item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   LadingListViewColumn     *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  LadingTicker *ticker = lading_ticker_get_default ();

  g_signal_handlers_disconnect_by_data (item, list_item);

  if (column_ticks (self))
    {
      g_signal_handlers_disconnect_by_data (ticker, list_item);
      lading_ticker_release (ticker);
    }
}

static int
enum_to_int (GObject *item,
             int      value,
             gpointer user_data)
{
  return value;
}

/* GtkNumericSorter knows no enums, hence the conversion to int. */
static GtkSorter *
sorter_new_for_pspec (GParamSpec *pspec)
{
  GtkExpression *expression = gtk_property_expression_new (pspec->owner_type, NULL, pspec->name);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      return GTK_SORTER (gtk_string_sorter_new (expression));

    case G_TYPE_ENUM:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 1, &expression,
                                                G_CALLBACK (enum_to_int), NULL, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    case G_TYPE_BOOLEAN:
    case G_TYPE_CHAR:
    case G_TYPE_UCHAR:
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
    case G_TYPE_FLOAT:
    case G_TYPE_DOUBLE:
      return GTK_SORTER (gtk_numeric_sorter_new (expression));

    default:
      gtk_expression_unref (expression);
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
                              GtkColumnView          *column_view)
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
  self->pspec = g_object_class_find_property (item_class, spec->property);
  if (spec->kind == LADING_CELL_CONTAINER_STATE)
    self->health_pspec = g_object_class_find_property (item_class, "health");
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

/**
 * _lading_list_view_column_dup_text:
 * @self: a column
 * @item: an item of the model
 * @now: the current time, unix seconds
 *
 * Returns: (transfer full): the text the cell shows, which is also what the
 *   search matches (a state badge's text is the state's name)
 */
char *
_lading_list_view_column_dup_text (LadingListViewColumn *self,
                                   GObject              *item,
                                   gint64                now)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 number;

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
      return lading_relative_time_format (value_get_int64 (&value), now);

    case LADING_CELL_CONTAINER_STATE:
      return g_strdup (lading_status_text_state_name (value_get_int64 (&value)));

    case LADING_CELL_TEXT:
    case LADING_CELL_MONOSPACE:
    case LADING_CELL_CONTAINER_STATUS:
    default:
      return value_dup_text (&value);
    }
}
