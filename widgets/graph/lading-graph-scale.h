/* lading-graph-scale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LadingGraphUnit:
 * @LADING_GRAPH_UNIT_PERCENT: a percentage, 100 for one whole CPU
 * @LADING_GRAPH_UNIT_BYTES: an amount of memory, in binary units (MiB, GiB)
 * @LADING_GRAPH_UNIT_BYTES_PER_SECOND: a transfer rate, in decimal units (kB/s)
 *   as g_format_size() gives sizes elsewhere in Lading
 * @LADING_GRAPH_UNIT_COUNT: a whole number (processes)
 *
 * What a graph's values measure, which picks their axis steps and format.
 */
typedef enum
{
  LADING_GRAPH_UNIT_PERCENT,
  LADING_GRAPH_UNIT_BYTES,
  LADING_GRAPH_UNIT_BYTES_PER_SECOND,
  LADING_GRAPH_UNIT_COUNT,
} LadingGraphUnit;

char      *lading_graph_scale_format           (LadingGraphUnit  unit,
                                                double           value,
                                                double           step);
double     lading_graph_scale_pick_step        (LadingGraphUnit  unit,
                                                double           max,
                                                guint            max_intervals,
                                                double          *top);
GTimeSpan  lading_graph_scale_pick_time_step   (GTimeSpan        range,
                                                guint            max_intervals);
char      *lading_graph_scale_format_age       (GTimeSpan        age);

G_END_DECLS
