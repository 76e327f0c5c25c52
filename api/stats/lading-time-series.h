/* lading-time-series.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_TIME_SERIES (lading_time_series_get_type ())

G_DECLARE_FINAL_TYPE (LadingTimeSeries, lading_time_series, LADING, TIME_SERIES, GObject)

LadingTimeSeries *lading_time_series_new          (guint             capacity);
guint             lading_time_series_get_capacity (LadingTimeSeries *self);
guint             lading_time_series_get_n_points (LadingTimeSeries *self);
void              lading_time_series_get_point    (LadingTimeSeries *self,
                                                   guint             i,
                                                   gint64           *time_us,
                                                   double           *value);
gboolean          lading_time_series_get_last     (LadingTimeSeries *self,
                                                   gint64           *time_us,
                                                   double           *value);
guint             lading_time_series_find         (LadingTimeSeries *self,
                                                   gint64            since_us);
double            lading_time_series_get_max      (LadingTimeSeries *self,
                                                   gint64            since_us);
void              lading_time_series_append       (LadingTimeSeries *self,
                                                   gint64            time_us,
                                                   double            value);
void              lading_time_series_clear        (LadingTimeSeries *self);

G_END_DECLS
