/* lading-list-view-column.c
 *
 * One column of a LadingListView, built from a LadingListColumn: a
 * GtkColumnViewColumn whose cells (LadingListCell around a LadingTextCell or
 * a LadingStateCell) follow an item property formatted by kind through a
 * GtkExpression bound in "bind" and dropped in "unbind", and a sorter chosen
 * by the property's type (lading-list-view-column-sort.c).
 *
 * In tree mode the cells get GtkTreeListRows and the sorters the items of
 * any level, some of which are branches (compose projects) rather than the
 * item type the table describes.  A branch row shows its name in the first
 * column, under the tree expander, and a summary in the state column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view-column"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-compose-project.h"
#include "lading-list-cell.h"
#include "lading-list-view-column-private.h"
#include "lading-list-view-private.h"
#include "lading-project-summary.h"
#include "lading-state-cell.h"
#include "lading-status-text.h"
#include "lading-text-cell.h"
#include "lading-ticker.h"

/* However narrow the view, a name keeps this many characters; the view
 * folds less important columns away first. */
#define NAME_MIN_CHARS 20
/* The natural width of text cells before any text is shown. */
#define FIT_MIN_CHARS 4

/* Shared, reference-counted, by the view, the column's factory and sorter,
 * and every list item of the column, which may outlive one another. */
struct _LadingListViewColumn
{
  const LadingListColumn *spec;           /* the caller's static table */
  LadingListViewProbe    *probe;          /* the view's; NULL once detached */
  GType                   item_type;      /* what the table describes */
  GParamSpec             *health_pspec;   /* "health" for state badges, if any */
  GPtrArray              *params;         /* of GtkExpression: what the text shows */
  GtkExpression          *text;           /* a leaf's text, from params */
  GtkExpression          *summary;        /* state columns: a project's summary */
  GtkColumnViewColumn    *column;         /* borrowed: the column view owns it */
  GtkSorter              *sorter;         /* compares items; NULL if unsortable */
  gboolean                expander;       /* the first column, with the tree expander */

  /* Text columns are as wide as the longest text their cells showed, up
   * to the table's nat_chars: short statuses leave their room to names.
   * In letters for folding, which keeps some room in hand; as measured in
   * the font (see measure_chars()) for the cells' natural widths. */
  int                     fit_chars;
  int                     fit_width_chars;
  guint                   fit_source;     /* idle that widens the bound cells */
  gboolean                cut;            /* a text longer than nat_chars showed */

  GHashTable             *bound_cells;    /* set of LadingListCell */
  /* State columns: what runs on an item ("Stopping…"), shown instead of
   * its badge, to show it at once in the cells bound now. */
  GHashTable             *busy_texts;     /* owned item → owned text */
};

/* The properties a status cell reads, in the order
 * lading_status_text_format() takes them; see LADING_CELL_CONTAINER_STATUS. */
static const char * const status_properties[] = {
  "state", "exit-code", "health", "started-at", "finished-at", NULL
};

static void
column_clear (gpointer data)
{
  LadingListViewColumn *self = data;

  g_clear_object (&self->sorter);
  g_clear_pointer (&self->params, g_ptr_array_unref);
  g_clear_pointer (&self->text, gtk_expression_unref);
  g_clear_pointer (&self->summary, gtk_expression_unref);
  g_clear_pointer (&self->busy_texts, g_hash_table_unref);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
}

static void
column_closure_notify (gpointer  data,
                       GClosure *closure)
{
  _lading_list_view_column_release (data);
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

/* @values are those of the column's params, evaluated on an item. */
static char *
format_text (LadingCellKind  kind,
             const GValue   *values,
             gint64          now)
{
  gint64 number;

  switch (kind)
    {
    case LADING_CELL_CONTAINER_STATUS:
      return lading_status_text_format (_lading_list_view_value_get_int64 (&values[0]),
                                        _lading_list_view_value_get_int64 (&values[1]),
                                        _lading_list_view_value_get_int64 (&values[2]),
                                        _lading_list_view_value_get_int64 (&values[3]),
                                        _lading_list_view_value_get_int64 (&values[4]),
                                        now);

    case LADING_CELL_SIZE:
      number = _lading_list_view_value_get_int64 (&values[0]);
      return number >= 0 ? g_format_size (number) : g_strdup ("—");

    case LADING_CELL_COUNT:
      number = _lading_list_view_value_get_int64 (&values[0]);
      return number != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, number) : g_strdup ("—");

    case LADING_CELL_RELATIVE_TIME:
      number = _lading_list_view_value_get_int64 (&values[0]);
      return lading_status_text_format_relative (number, now);

    case LADING_CELL_CONTAINER_STATE:
      number = _lading_list_view_value_get_int64 (&values[0]);
      return g_strdup (lading_status_text_state_name (number));

    case LADING_CELL_TEXT:
    case LADING_CELL_NAME:
    case LADING_CELL_MONOSPACE:
    default:
      return value_dup_text (&values[0]);
    }
}

static gboolean
kind_ticks (LadingCellKind kind)
{
  return kind == LADING_CELL_RELATIVE_TIME || kind == LADING_CELL_CONTAINER_STATUS;
}

/* The marshaller of the text expression's closure: the first value is the
 * item, then the params, then, for times, the ticker's "now". */
static void
text_marshal (GClosure     *closure,
              GValue       *return_value,
              guint         n_param_values,
              const GValue *param_values,
              gpointer      invocation_hint,
              gpointer      marshal_data)
{
  const LadingListColumn *spec = closure->data;
  gint64 now = 0;

  if (kind_ticks (spec->kind))
    now = g_value_get_int64 (&param_values[n_param_values - 1]);

  g_value_take_string (return_value, format_text (spec->kind, &param_values[1], now));
}

static GtkExpression *
text_expression_new (LadingListViewColumn *self)
{
  gboolean ticks = kind_ticks (self->spec->kind);
  guint n_params = self->params->len + (ticks ? 1 : 0);
  g_autofree GtkExpression **params = g_new (GtkExpression *, n_params);
  GClosure *closure;

  for (guint i = 0; i < self->params->len; i++)
    params[i] = gtk_expression_ref (g_ptr_array_index (self->params, i));
  if (ticks)
    params[n_params - 1] =
      gtk_property_expression_new (LADING_TYPE_TICKER,
                                   gtk_object_expression_new (G_OBJECT (lading_ticker_get_default ())),
                                   "now");

  /* The spec is static, so the closure needs no reference on the column. */
  closure = g_closure_new_simple (sizeof (GClosure), (gpointer)self->spec);
  g_closure_set_marshal (closure, text_marshal);

  return gtk_closure_expression_new (G_TYPE_STRING, closure, n_params, params);
}

static char *
summary_cb (GObject *project,
            guint    n_containers,
            guint    n_running,
            guint    n_paused,
            guint    n_exited,
            gpointer user_data)
{
  return lading_project_summary_format (n_containers, n_running, n_paused, n_exited);
}

static GtkExpression *
summary_expression_new (void)
{
  static const char * const counts[] = { "n-containers", "n-running", "n-paused", "n-exited" };
  GtkExpression *params[G_N_ELEMENTS (counts)];

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    params[i] = gtk_property_expression_new (LADING_TYPE_COMPOSE_PROJECT, NULL, counts[i]);

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (summary_cb), NULL, NULL);
}

static gboolean
column_is_leaf (LadingListViewColumn *self,
                GObject              *item)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type);
}

static void
fit_widths (LadingListViewColumn *self,
            GtkInscription       *inscription)
{
  gtk_inscription_set_nat_chars (inscription, self->fit_width_chars);

  switch (self->spec->kind)
    {
    case LADING_CELL_NAME:
      gtk_inscription_set_min_chars (inscription, MIN (NAME_MIN_CHARS, self->fit_width_chars));
      break;

    case LADING_CELL_CONTAINER_STATUS:
    case LADING_CELL_RELATIVE_TIME:
      /* Short and read whole: they give up width only to fold away. */
      gtk_inscription_set_min_chars (inscription, self->fit_width_chars);
      break;

    case LADING_CELL_TEXT:
    case LADING_CELL_MONOSPACE:
    case LADING_CELL_SIZE:
    case LADING_CELL_COUNT:
    case LADING_CELL_CONTAINER_STATE:
    default:
      break;
    }
}

static void
fit_bound_cells (LadingListViewColumn *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      GtkWidget *content = lading_list_cell_get_content (cell);

      if (LADING_IS_TEXT_CELL (content))
        fit_widths (self, lading_text_cell_get_inscription (LADING_TEXT_CELL (content)));
    }
}

/* Once per main loop turn however many texts grew: cells are bound many at
 * a time, and each would otherwise walk every bound cell again. */
static gboolean
fit_bound_cells_cb (gpointer data)
{
  LadingListViewColumn *self = data;
  GtkColumnView *column_view;
  GtkWidget *view;

  self->fit_source = 0;
  fit_bound_cells (self);

  /* The column may have left its view already (the view detaches it). */
  column_view = self->probe != NULL ? gtk_column_view_column_get_column_view (self->column) : NULL;
  view = column_view != NULL ? gtk_widget_get_ancestor (GTK_WIDGET (column_view),
                                                        LADING_TYPE_LIST_VIEW) : NULL;
  if (view != NULL)
    _lading_list_view_queue_fold (LADING_LIST_VIEW (view));

  return G_SOURCE_REMOVE;
}

/* How wide @text shows in @inscription, in the characters GtkInscription
 * counts nat-chars in (its font's approximate width of one): lowercase
 * text takes fewer of them than it has letters, so a column of short
 * names leaves room to the next. */
static int
measure_chars (GtkWidget  *inscription,
               const char *text)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (inscription),
                                                         NULL, NULL);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (inscription, text);
  int char_width, text_width;

  char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                    pango_font_metrics_get_approximate_digit_width (metrics));
  pango_font_metrics_unref (metrics);
  pango_layout_get_size (layout, &text_width, NULL);

  return char_width > 0 ? (text_width + char_width - 1) / char_width : 0;
}

/* Widths only grow: a column that narrowed as rows scroll by would move
 * the columns after it under the pointer. */
static void
text_changed_cb (LadingTextCell       *cell,
                 GParamSpec           *pspec,
                 LadingListViewColumn *self)
{
  const char *text = lading_text_cell_get_text (cell);
  GtkWidget *inscription = GTK_WIDGET (lading_text_cell_get_inscription (cell));
  int length = text != NULL ? (int)g_utf8_strlen (text, -1) : 0;
  int width_chars;
  gboolean newly_cut, more_letters, wider;

  /* Half as many letters as the column is wide cannot widen it, even in
   * a wide script. */
  if (length == 0 || length * 2 <= self->fit_width_chars)
    return;

  width_chars = measure_chars (inscription, text);

  /* A text wider than the column grows for: the view gives this column
   * its spare width first (see _lading_list_view_column_get_cut()), once
   * the idle below has told it. */
  newly_cut = width_chars > self->spec->nat_chars && !self->cut;
  self->cut = self->cut || newly_cut;

  more_letters = length > self->fit_chars && self->fit_chars < self->spec->nat_chars;
  wider = width_chars > self->fit_width_chars && self->fit_width_chars < self->spec->nat_chars;
  if (!more_letters && !wider && !newly_cut)
    return;

  self->fit_chars = MAX (self->fit_chars, MIN (length, self->spec->nat_chars));
  self->fit_width_chars = MAX (self->fit_width_chars, MIN (width_chars, self->spec->nat_chars));
  fit_widths (self, GTK_INSCRIPTION (inscription));
  if (self->fit_source == 0)
    self->fit_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fit_bound_cells_cb,
                                        g_rc_box_acquire (self),
                                        _lading_list_view_column_release);
}

static GtkWidget *
content_new (LadingListViewColumn *self)
{
  LadingCellKind kind = self->spec->kind;
  GtkInscription *inscription;
  GtkWidget *cell;

  if (kind == LADING_CELL_CONTAINER_STATE)
    return lading_state_cell_new ();

  cell = lading_text_cell_new ();
  g_signal_connect_data (cell, "notify::text", G_CALLBACK (text_changed_cb),
                         g_rc_box_acquire (self), column_closure_notify, 0);
  inscription = lading_text_cell_get_inscription (LADING_TEXT_CELL (cell));
  fit_widths (self, inscription);

  switch (kind)
    {
    case LADING_CELL_NAME:
      /* Replicas differ at the end ("…-worker-1", "…-worker-2"). */
      gtk_inscription_set_text_overflow (inscription, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_MIDDLE);
      break;

    case LADING_CELL_MONOSPACE:
      gtk_widget_add_css_class (cell, "monospace");
      break;

    case LADING_CELL_SIZE:
    case LADING_CELL_COUNT:
      gtk_inscription_set_xalign (inscription, 1.0);
      gtk_widget_add_css_class (cell, "numeric");
      break;

    case LADING_CELL_CONTAINER_STATUS:
    case LADING_CELL_RELATIVE_TIME:
    case LADING_CELL_TEXT:
    case LADING_CELL_CONTAINER_STATE:
    default:
      break;
    }

  return cell;
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  LadingListViewColumn     *self)
{
  gtk_list_item_set_child (list_item, lading_list_cell_new (list_item, content_new (self),
                                                            self->expander));
}

static void
cell_bind_leaf (LadingListViewColumn *self,
                LadingListCell       *cell,
                GtkWidget            *content,
                GObject              *item)
{
  GObject *badge;

  if (LADING_IS_TEXT_CELL (content))
    {
      lading_text_cell_set_heading (LADING_TEXT_CELL (content), FALSE);
      lading_list_cell_bind_expression (cell, gtk_expression_ref (self->text),
                                        G_OBJECT (content), "text");
      return;
    }

  badge = G_OBJECT (lading_state_cell_get_badge (LADING_STATE_CELL (content)));
  lading_state_cell_set_summary (LADING_STATE_CELL (content), NULL);
  lading_state_cell_set_busy_text (LADING_STATE_CELL (content),
                                   g_hash_table_lookup (self->busy_texts, item));
  lading_list_cell_bind_expression (cell, gtk_expression_ref (g_ptr_array_index (self->params, 0)),
                                    badge, "state");
  if (self->health_pspec != NULL)
    lading_list_cell_bind_expression (cell,
                                      gtk_property_expression_new (self->item_type, NULL, "health"),
                                      badge, "health");
}

/* A branch shows its name under the expander and, if it is a compose
 * project, its summary where its containers show their state. */
static void
cell_bind_branch (LadingListViewColumn *self,
                  LadingListCell       *cell,
                  GtkWidget            *content,
                  GObject              *item)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item),
                                                    self->spec->property);

  if (LADING_IS_STATE_CELL (content))
    {
      lading_state_cell_set_busy_text (LADING_STATE_CELL (content), NULL);
      lading_state_cell_set_summary (LADING_STATE_CELL (content), "");
      if (LADING_IS_COMPOSE_PROJECT (item))
        lading_list_cell_bind_expression (cell, gtk_expression_ref (self->summary),
                                          G_OBJECT (content), "summary");
      return;
    }

  lading_text_cell_set_heading (LADING_TEXT_CELL (content), self->expander);
  if (self->expander && pspec != NULL && pspec->value_type == G_TYPE_STRING)
    lading_list_cell_bind_expression (cell,
                                      gtk_property_expression_new (G_OBJECT_TYPE (item), NULL,
                                                                   pspec->name),
                                      G_OBJECT (content), "text");
  else
    lading_text_cell_set_text (LADING_TEXT_CELL (content), "");
}

/* The store updates items in place, so a bound cell follows its item's
 * notifications until unbind. */
static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LadingListViewColumn     *self)
{
  LadingListCell *cell = LADING_LIST_CELL (gtk_list_item_get_child (list_item));
  GtkWidget *content = lading_list_cell_get_content (cell);
  GObject *item;

  lading_list_cell_bind (cell);
  item = lading_list_cell_get_item (cell);
  if (item == NULL)
    return;

  if (column_is_leaf (self, item))
    cell_bind_leaf (self, cell, content, item);
  else
    cell_bind_branch (self, cell, content, item);

  /* The column may have grown since the cell was bound last. */
  if (LADING_IS_TEXT_CELL (content))
    fit_widths (self, lading_text_cell_get_inscription (LADING_TEXT_CELL (content)));

  if (kind_ticks (self->spec->kind))
    lading_ticker_hold (lading_ticker_get_default ());
  g_hash_table_add (self->bound_cells, cell);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   LadingListViewColumn     *self)
{
  LadingListCell *cell = LADING_LIST_CELL (gtk_list_item_get_child (list_item));

  if (lading_list_cell_get_item (cell) == NULL)
    return;

  g_hash_table_remove (self->bound_cells, cell);
  if (kind_ticks (self->spec->kind))
    lading_ticker_release (lading_ticker_get_default ());
  lading_list_cell_unbind (cell);
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

static GPtrArray *
column_dup_params (LadingListViewColumn *self)
{
  GPtrArray *params = g_ptr_array_new_with_free_func ((GDestroyNotify)gtk_expression_unref);

  if (self->spec->kind == LADING_CELL_CONTAINER_STATUS)
    for (guint i = 0; status_properties[i] != NULL; i++)
      g_ptr_array_add (params, gtk_property_expression_new (self->item_type, NULL,
                                                            status_properties[i]));
  else
    g_ptr_array_add (params, gtk_property_expression_new (self->item_type, NULL,
                                                          self->spec->property));

  return params;
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
  if (spec->kind == LADING_CELL_CONTAINER_STATE)
    {
      self->health_pspec = g_object_class_find_property (item_class, "health");
      self->summary = summary_expression_new ();
      self->busy_texts = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
    }
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->fit_chars = MIN (FIT_MIN_CHARS, MAX (spec->nat_chars, 0));
  self->fit_width_chars = self->fit_chars;
  self->params = column_dup_params (self);
  self->text = text_expression_new (self);
  self->sorter = _lading_list_view_sorter_new_for_pspec (sort_pspec);


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
  gpointer cell;

  if (self->busy_texts == NULL)
    return;

  if (text != NULL)
    g_hash_table_replace (self->busy_texts, g_object_ref (item), g_strdup (text));
  else if (!g_hash_table_remove (self->busy_texts, item))
    return;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (lading_list_cell_get_item (cell) == item)
      lading_state_cell_set_busy_text (LADING_STATE_CELL (lading_list_cell_get_content (cell)),
                                       text);
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

/* About how wide the column is, in characters: its longest text so far, or
 * its title if that is longer.  A state cell draws more than its text, so it
 * counts as wide as its spec says. */
int
_lading_list_view_column_get_width_chars (LadingListViewColumn *self)
{
  int content_chars = self->spec->kind == LADING_CELL_CONTAINER_STATE
                      ? self->spec->nat_chars : self->fit_chars;

  return MAX (content_chars, (int)g_utf8_strlen (_(self->spec->title), -1));
}

/* Whether a text longer than the column's natural width showed in it. */
gboolean
_lading_list_view_column_get_cut (LadingListViewColumn *self)
{
  return self->cut;
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
  for (guint i = 0; i < self->params->len; i++)
    {
      GParamSpec *pspec = gtk_property_expression_get_pspec (g_ptr_array_index (self->params, i));

      g_hash_table_add (names, (gpointer)g_intern_string (pspec->name));
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
  GValue values[G_N_ELEMENTS (status_properties)] = { G_VALUE_INIT, };
  char *text;

  if (!column_is_leaf (self, item))
    {
      text = NULL;
      if (self->spec->kind == LADING_CELL_CONTAINER_STATE && LADING_IS_COMPOSE_PROJECT (item) &&
          gtk_expression_evaluate (self->summary, item, &values[0]))
        text = g_value_dup_string (&values[0]);
      else if (self->expander)
        text = _lading_list_view_dup_property_text (item, self->spec->property);
      if (G_IS_VALUE (&values[0]))
        g_value_unset (&values[0]);

      return text != NULL ? text : g_strdup ("");
    }

  /* A leaf has every property the params read. */
  for (guint i = 0; i < self->params->len; i++)
    if (!gtk_expression_evaluate (g_ptr_array_index (self->params, i), item, &values[i]))
      g_assert_not_reached ();

  text = format_text (self->spec->kind, values, now);

  for (guint i = 0; i < self->params->len; i++)
    g_value_unset (&values[i]);

  return text;
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
