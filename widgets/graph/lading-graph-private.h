/* lading-graph-private.h
 *
 * The state LadingGraph shares between lading-graph.c (the widget, its
 * legend and its size), lading-graph-draw.c (layout and drawing),
 * lading-graph-stack.c (stacked series) and lading-graph-tooltip.c (what
 * the pointer is over), and the hooks its tests use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-graph.h"
#include "lading-graph-plot-private.h"

G_BEGIN_DECLS

/* Between the legend and the plot below it. */
#define LADING_GRAPH_LEGEND_SPACING 6

typedef struct
{
  LadingTimeSeries *series;
  char             *label;
  GtkWidget        *entry;      /* in the legend; unparented with it */
  GtkWidget        *swatch;     /* the series' CSS node, for its colour */
  GtkWidget        *value;
  gulong            changed_id;
} LadingGraphSeries;

typedef struct
{
  gint64  time_us;
  char   *label;
} LadingGraphMarker;

struct _LadingGraph
{
  GtkWidget             parent_instance;

  /* Owned */
  GPtrArray            *series;     /* LadingGraphSeries */
  LadingGraphSeries    *limit;
  GArray               *markers;    /* LadingGraphMarker */
  GtkWidget            *legend;
  char                 *title;
  GPtrArray            *stacked;    /* LadingTimeSeries, while a stacked graph draws */

  LadingGraphDescriber  describer;
  LadingGraphPlot       plot;       /* as last drawn, for the tooltip */
  LadingGraphUnit       unit;
  GTimeSpan             range;
  guint                 n_updates;
  guint                 plot_valid : 1;
  guint                 is_stacked : 1;
};

void       _lading_graph_snapshot         (GtkWidget        *widget,
                                           GtkSnapshot      *snapshot);
gboolean   _lading_graph_query_tooltip    (GtkWidget        *widget,
                                           int               x,
                                           int               y,
                                           gboolean          keyboard_mode,
                                           GtkTooltip       *tooltip);
GPtrArray *_lading_graph_stack            (LadingTimeSeries * const *series,
                                           guint                     n_series,
                                           gint64                    start_us);

gboolean   _lading_graph_get_plot         (LadingGraph      *self,
                                           LadingGraphPlot  *plot);
char      *_lading_graph_dup_tooltip_text (LadingGraph      *self,
                                           double            x);
guint      _lading_graph_get_n_updates    (LadingGraph      *self);

G_END_DECLS
