/* lading-sparkline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-graph-scale.h"
#include "lading-time-series.h"

G_BEGIN_DECLS

#define LADING_TYPE_SPARKLINE (lading_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (LadingSparkline, lading_sparkline, LADING, SPARKLINE, GtkWidget)

GtkWidget        *lading_sparkline_new        (void);
LadingTimeSeries *lading_sparkline_get_series (LadingSparkline  *self);
void              lading_sparkline_set_series (LadingSparkline  *self,
                                               LadingTimeSeries *series);
GTimeSpan         lading_sparkline_get_range  (LadingSparkline  *self);
void              lading_sparkline_set_range  (LadingSparkline  *self,
                                               GTimeSpan         range_us);
double            lading_sparkline_get_max    (LadingSparkline  *self);
void              lading_sparkline_set_max    (LadingSparkline  *self,
                                               double            max);
LadingGraphUnit   lading_sparkline_get_unit   (LadingSparkline  *self);
void              lading_sparkline_set_unit   (LadingSparkline  *self,
                                               LadingGraphUnit   unit);

G_END_DECLS
