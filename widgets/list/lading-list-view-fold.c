/* lading-list-view-fold.c
 *
 * Folding columns away in a narrow view, as the window moves its view
 * switcher to the bottom: whenever the view's width changes, the columns of
 * the highest fold level that does not fit hide, so that what shows gets its
 * natural width and a name keeps its characters.  Widths are estimated from
 * each column's natural width in characters, in the view's font: for text
 * columns, the longest text they showed so far, so a column that grows
 * folds the view again.  The spare width goes to the expanding columns
 * whose texts are cut, or to all of them when none is: a long image name
 * is not cut while the name beside it has room to spare.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include "lading-list-view-private.h"

/* What a cell adds to its text: the data table's padding and separators. */
#define CELL_PADDING 16

typedef struct
{
  GtkColumnViewColumn  *column;       /* borrowed: the column view owns it */
  LadingListViewColumn *text_column;  /* borrowed from the view; NULL for widgets */
  int                   width_chars;  /* of widget columns */
  guint                 fold_level;
} FoldColumn;

static int
char_width (LadingListView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int width;

  /* As GtkInscription measures its nat-chars. */
  width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
               pango_font_metrics_get_approximate_digit_width (metrics)) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  return width;
}

/* The highest fold level whose columns, and those of the levels below,
 * fit @width at their natural widths; level 0 always shows. */
static guint
shown_level (LadingListView *self,
             int             width)
{
  int per_char = char_width (self);
  guint max_level = 0;

  for (guint i = 0; i < self->fold_columns->len; i++)
    max_level = MAX (max_level, g_array_index (self->fold_columns, FoldColumn, i).fold_level);

  for (guint level = max_level; level > 0; level--)
    {
      int needed = 0;

      for (guint i = 0; i < self->fold_columns->len; i++)
        {
          FoldColumn *fold = &g_array_index (self->fold_columns, FoldColumn, i);

          int width_chars = fold->text_column != NULL
                            ? _lading_list_view_column_get_width_chars (fold->text_column)
                            : fold->width_chars;

          if (fold->fold_level <= level)
            needed += width_chars * per_char + CELL_PADDING;
        }

      if (needed <= width)
        return level;
    }

  return 0;
}

static gboolean
expands (FoldColumn *fold)
{
  return fold->text_column != NULL &&
         _lading_list_view_column_get_spec (fold->text_column)->expand;
}

static void
share_spare_width (LadingListView *self,
                   guint           level)
{
  gboolean any_cut = FALSE;

  for (guint i = 0; i < self->fold_columns->len; i++)
    {
      FoldColumn *fold = &g_array_index (self->fold_columns, FoldColumn, i);

      if (fold->fold_level <= level && expands (fold) &&
          _lading_list_view_column_get_cut (fold->text_column))
        any_cut = TRUE;
    }

  for (guint i = 0; i < self->fold_columns->len; i++)
    {
      FoldColumn *fold = &g_array_index (self->fold_columns, FoldColumn, i);

      if (expands (fold))
        gtk_column_view_column_set_expand (fold->column,
                                           !any_cut ||
                                           _lading_list_view_column_get_cut (fold->text_column));
    }
}

static gboolean
update_fold (gpointer data)
{
  LadingListView *self = data;
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));
  int width = hadjustment != NULL ? (int)gtk_adjustment_get_page_size (hadjustment) : 0;
  guint level;

  self->fold_source = 0;
  if (width <= 0)
    return G_SOURCE_REMOVE;

  level = shown_level (self, width);
  for (guint i = 0; i < self->fold_columns->len; i++)
    {
      FoldColumn *fold = &g_array_index (self->fold_columns, FoldColumn, i);

      gtk_column_view_column_set_visible (fold->column, fold->fold_level <= level);
    }
  share_spare_width (self, level);

  return G_SOURCE_REMOVE;
}

/* The width changes while the view is allocated, where hiding columns
 * would lay it out again; so the columns change just after, before the
 * next frame. */
void
_lading_list_view_queue_fold (LadingListView *self)
{
  /* The column view's adjustment may still change while the view goes. */
  if (self->fold_columns == NULL)
    return;

  if (self->fold_source == 0)
    self->fold_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_fold,
                                         self, NULL);
}

void
_lading_list_view_init_fold (LadingListView *self)
{
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view));

  self->fold_columns = g_array_new (FALSE, FALSE, sizeof (FoldColumn));
  g_signal_connect_object (hadjustment, "notify::page-size", G_CALLBACK (_lading_list_view_queue_fold),
                           self, G_CONNECT_SWAPPED);
}

void
_lading_list_view_dispose_fold (LadingListView *self)
{
  g_clear_handle_id (&self->fold_source, g_source_remove);
  g_clear_pointer (&self->fold_columns, g_array_unref);
}

/* @text_column: the view's column, whose widths follow its texts, or %NULL
 * for a widget column @width_chars wide. */
void
_lading_list_view_add_fold_column (LadingListView       *self,
                                   GtkColumnViewColumn  *column,
                                   LadingListViewColumn *text_column,
                                   int                   width_chars,
                                   guint                 fold_level)
{
  FoldColumn fold = { column, text_column, width_chars, fold_level };

  g_array_append_val (self->fold_columns, fold);
  _lading_list_view_queue_fold (self);
}
