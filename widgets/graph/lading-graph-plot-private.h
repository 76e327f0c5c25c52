/* lading-graph-plot-private.h
 *
 * What LadingGraph and LadingSparkline share: mapping time and value to
 * pixels, drawing a series, and describing the current values to assistive
 * technologies without doing so for every sample.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-time-series.h"

G_BEGIN_DECLS

typedef struct
{
  graphene_rect_t bounds;     /* the plot area, in the widget's coordinates */
  gint64          start_us;   /* the time at its left edge */
  gint64          end_us;     /* and at its right edge */
  double          top;        /* the value at its top edge; 0 at the bottom */
} LadingGraphPlot;

typedef void (*LadingGraphDescribeFunc) (GtkWidget *widget);

typedef struct
{
  GtkWidget               *widget;
  LadingGraphDescribeFunc  describe;
  gint64                   described_at;   /* monotonic */
  guint                    describe_id;
} LadingGraphDescriber;

gint64 _lading_graph_plot_end_time      (LadingTimeSeries * const *series,
                                         guint                     n_series);
double _lading_graph_plot_x             (const LadingGraphPlot    *plot,
                                         gint64                    time_us);
double _lading_graph_plot_y             (const LadingGraphPlot    *plot,
                                         double                    value);
gint64 _lading_graph_plot_time_at       (const LadingGraphPlot    *plot,
                                         double                    x);
void   _lading_graph_plot_decimate      (const LadingGraphPlot    *plot,
                                         LadingTimeSeries         *series,
                                         guint                     from,
                                         guint                     to,
                                         GArray                   *points);
void   _lading_graph_plot_series        (const LadingGraphPlot    *plot,
                                         GtkSnapshot              *snapshot,
                                         LadingTimeSeries         *series,
                                         const GdkRGBA            *color,
                                         double                    line_width);

void   _lading_graph_describer_init     (LadingGraphDescriber     *describer,
                                         GtkWidget                *widget,
                                         LadingGraphDescribeFunc   describe);
void   _lading_graph_describer_queue    (LadingGraphDescriber     *describer);
void   _lading_graph_describer_clear    (LadingGraphDescriber     *describer);

G_END_DECLS
