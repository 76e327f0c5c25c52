/* lading-graph.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-graph-scale.h"
#include "lading-time-series.h"

G_BEGIN_DECLS

#define LADING_TYPE_GRAPH (lading_graph_get_type ())

G_DECLARE_FINAL_TYPE (LadingGraph, lading_graph, LADING, GRAPH, GtkWidget)

GtkWidget       *lading_graph_new           (LadingGraphUnit   unit);
LadingGraphUnit  lading_graph_get_unit      (LadingGraph      *self);
void             lading_graph_set_unit      (LadingGraph      *self,
                                             LadingGraphUnit   unit);
GTimeSpan        lading_graph_get_range     (LadingGraph      *self);
void             lading_graph_set_range     (LadingGraph      *self,
                                             GTimeSpan         range_us);
const char      *lading_graph_get_title     (LadingGraph      *self);
void             lading_graph_set_title     (LadingGraph      *self,
                                             const char       *title);
void             lading_graph_set_limit     (LadingGraph      *self,
                                             LadingTimeSeries *limit);
void             lading_graph_add_series    (LadingGraph      *self,
                                             LadingTimeSeries *series,
                                             const char       *label,
                                             const char       *style_class);
void             lading_graph_add_marker    (LadingGraph      *self,
                                             gint64            time_us,
                                             const char       *label);
void             lading_graph_clear_markers (LadingGraph      *self);
void             lading_graph_clear         (LadingGraph      *self);
gboolean         lading_graph_get_stacked   (LadingGraph      *self);
void             lading_graph_set_stacked   (LadingGraph      *self,
                                             gboolean          stacked);

G_END_DECLS
