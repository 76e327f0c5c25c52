/* lading-list-view-stage.c
 *
 * Letting a big load in a screenful at a time.  GTK 4.8's list widgets set
 * up the cells of up to 200 rows as soon as that many are in the model;
 * with a thousand containers arriving at once, that makes the first frame
 * wait for some 1800 cells nobody sees yet.  A slice model between the sort
 * and the selection hands the view the rows of a load that fill its height,
 * and a tick callback lets in STAGE_ROWS more for each frame painted, until
 * the list widgets would make no more rows at once: then the slice shows
 * everything and stays out of the way until the next model.
 *
 * The slice is a prefix of the sorted rows, so positions in the selection
 * are positions in the sort model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include "lading-list-view-private.h"

/* A screenful of rows in a tall window. */
#define STAGE_ROWS 60
/* No row is shorter than a line of text with its padding, so this many
 * pixels per row fill the view whatever the rows hold. */
#define MIN_ROW_HEIGHT 24
/* How many rows GTK 4.8's list widgets make at most, visible or not. */
#define LIST_WIDGET_ROWS 200

static gboolean
stage_tick_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  LadingListView *self = LADING_LIST_VIEW (widget);
  guint size = gtk_slice_list_model_get_size (self->stage);
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  /* This frame paints what is staged already; grow from the next one on. */
  if (!self->stage_painted)
    {
      self->stage_painted = TRUE;
      return G_SOURCE_CONTINUE;
    }

  size += STAGE_ROWS;
  if (size >= LIST_WIDGET_ROWS)
    size = G_MAXUINT;
  gtk_slice_list_model_set_size (self->stage, size);

  if (size == G_MAXUINT || size >= n_rows)
    {
      self->stage_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* Each row set up costs the first frame some milliseconds: as many as the
 * view can show, and no more.  The first load usually comes while the view
 * waits on a hidden page, so the window's height stands in for its own. */
static guint
first_stage_rows (LadingListView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int width;

  /* GTK 4.8 writes both sizes: neither may be NULL. */
  if (height <= 0 && self->stage_window != NULL)
    gtk_window_get_default_size (self->stage_window, &width, &height);

  if (height <= 0)
    return STAGE_ROWS;

  return MIN (STAGE_ROWS, height / MIN_ROW_HEIGHT + 1);
}

/* Fits a stage that has not started to its window, never hiding a row. */
static void
stage_fit (LadingListView *self)
{
  guint size = gtk_slice_list_model_get_size (self->stage);
  guint fit = first_stage_rows (self);

  if (self->stage_tick_id == 0 && size != G_MAXUINT &&
      g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) <= MIN (size, fit))
    gtk_slice_list_model_set_size (self->stage, fit);
}

static void
stage_root_cb (LadingListView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->stage_window != NULL)
    g_clear_signal_handler (&self->stage_window_handler, self->stage_window);
  self->stage_window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  /* GTK 4 windows keep their default size at their current size. */
  if (self->stage_window != NULL)
    self->stage_window_handler = g_signal_connect_swapped (self->stage_window,
                                                           "notify::default-height",
                                                           G_CALLBACK (stage_fit), self);
  stage_fit (self);
}

/* Rows arrived, or the stage started again: grow towards them frame by
 * frame while some are held back. */
static void
stage_rows_changed_cb (LadingListView *self)
{
  guint size = gtk_slice_list_model_get_size (self->stage);

  if (self->stage_tick_id != 0 || size == G_MAXUINT ||
      g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) <= size)
    return;

  self->stage_painted = FALSE;
  self->stage_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), stage_tick_cb,
                                                      NULL, NULL);
}

void
_lading_list_view_init_stage (LadingListView *self)
{
  self->stage = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                          0, first_stage_rows (self));
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (stage_rows_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::root", G_CALLBACK (stage_root_cb), NULL);
}

/* A new model is a new first load: stage it from the top again. */
void
_lading_list_view_restage (LadingListView *self)
{
  gtk_slice_list_model_set_size (self->stage, first_stage_rows (self));
  stage_rows_changed_cb (self);
}

void
_lading_list_view_dispose_stage (LadingListView *self)
{
  if (self->stage_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->stage_tick_id);
  self->stage_tick_id = 0;
  if (self->stage_window != NULL)
    g_clear_signal_handler (&self->stage_window_handler, self->stage_window);
  self->stage_window = NULL;
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_func (self->sort_model, stage_rows_changed_cb, self);
  g_clear_object (&self->stage);
}
