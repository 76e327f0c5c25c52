/* lading-graph-tooltip.c
 *
 * What a LadingGraph's tooltip says under the pointer: the time of the
 * nearest sample, each series' value there, and the markers at that spot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lading-graph-private.h"

#define MARKER_HOVER_PX 4

/* The sample of @series nearest to @time_us. */
static gboolean
nearest_point (LadingTimeSeries *series,
               gint64            time_us,
               gint64           *found_us,
               double           *value)
{
  guint n_points = lading_time_series_get_n_points (series);
  guint i;

  if (n_points == 0)
    return FALSE;

  i = lading_time_series_find (series, time_us);
  if (i > 0)
    {
      gint64 before_us;
      gint64 after_us = G_MAXINT64;

      lading_time_series_get_point (series, i - 1, &before_us, NULL);
      if (i < n_points)
        lading_time_series_get_point (series, i, &after_us, NULL);
      if (time_us - before_us <= after_us - time_us)
        i--;
    }

  lading_time_series_get_point (series, i, found_us, value);
  return TRUE;
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The tooltip at @x: the time of the nearest sample, then each series' value
 * there and the markers under the pointer. */
char *
_lading_graph_dup_tooltip_text (LadingGraph *self,
                                double       x)
{
  const graphene_rect_t *bounds = &self->plot.bounds;
  g_autoptr(GString) text = NULL;
  gint64 nearest_us = G_MININT64;
  gint64 time_us;

  g_return_val_if_fail (LADING_IS_GRAPH (self), NULL);

  if (!self->plot_valid || x < bounds->origin.x - MARKER_HOVER_PX ||
      x > bounds->origin.x + bounds->size.width + MARKER_HOVER_PX)
    return NULL;

  text = g_string_new (NULL);
  time_us = _lading_graph_plot_time_at (&self->plot, x);

  for (guint i = 0; i < self->series->len; i++)
    {
      LadingGraphSeries *series = g_ptr_array_index (self->series, i);
      g_autofree char *value_text = NULL;
      g_autofree char *line = NULL;
      gint64 sample_us;
      double value;

      if (!nearest_point (series->series, time_us, &sample_us, &value) ||
          sample_us < self->plot.start_us)
        continue;

      if (nearest_us == G_MININT64 || ABS (sample_us - time_us) < ABS (nearest_us - time_us))
        nearest_us = sample_us;

      value_text = isfinite (value) ? lading_graph_scale_format (self->unit, value, 0)
                                    : g_strdup (_("no data"));
      /* Translators: a series and its value in a graph's tooltip, "CPU: 42 %" */
      line = g_strdup_printf (_("%s: %s"), series->label, value_text);
      append_line (text, line);
    }

  for (guint i = 0; i < self->markers->len; i++)
    {
      const LadingGraphMarker *marker = &g_array_index (self->markers, LadingGraphMarker, i);

      if (marker->time_us >= self->plot.start_us &&
          ABS (_lading_graph_plot_x (&self->plot, marker->time_us) - x) <= MARKER_HOVER_PX)
        append_line (text, marker->label);
    }

  if (nearest_us != G_MININT64)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (nearest_us / G_USEC_PER_SEC);
      g_autofree char *time_text = g_date_time_format (when, "%X");

      g_string_prepend_c (text, '\n');
      g_string_prepend (text, time_text);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

gboolean
_lading_graph_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  LadingGraph *self = (LadingGraph *)widget;
  g_autofree char *text = NULL;

  if (keyboard_mode || y < self->plot.bounds.origin.y)
    return FALSE;

  text = _lading_graph_dup_tooltip_text (self, x);
  gtk_tooltip_set_text (tooltip, text);

  return text != NULL;
}
