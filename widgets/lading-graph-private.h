/* lading-graph-private.h
 *
 * What the widget test looks at inside a LadingGraph.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-graph.h"
#include "lading-graph-plot-private.h"

G_BEGIN_DECLS

gboolean  _lading_graph_get_plot         (LadingGraph     *self,
                                          LadingGraphPlot *plot);
char     *_lading_graph_dup_tooltip_text (LadingGraph     *self,
                                          double           x);
guint     _lading_graph_get_n_updates    (LadingGraph     *self);

G_END_DECLS
