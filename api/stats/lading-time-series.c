/* lading-time-series.c
 *
 * A fixed-capacity ring buffer of (time, value) samples: the history behind a
 * resource graph.  The buffer grows with the samples, doubling up to the
 * capacity, so a container watched for a minute costs a minute's samples;
 * once full, appending never allocates, so a container's hour of one-second
 * samples costs 3600 × 16 bytes however long Lading runs.  Values may be
 * NaN, which means "no sample here" (the container was stopped, or the
 * stream dropped) and breaks the graph's line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-time-series"

#include "config.h"

#include <math.h>

#include "lading-time-series.h"

#define MIN_ALLOCATED 64

typedef struct
{
  gint64 time_us;
  double value;
} Point;

struct _LadingTimeSeries
{
  GObject  parent_instance;

  Point   *points;      /* allocated slots; the oldest at head */
  guint    allocated;   /* up to capacity; head is 0 until it is reached */
  guint    capacity;
  guint    head;
  guint    n_points;
};

G_DEFINE_FINAL_TYPE (LadingTimeSeries, lading_time_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAPACITY,
  PROP_N_POINTS,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static inline const Point *
point_at (LadingTimeSeries *self,
          guint             i)
{
  return &self->points[(self->head + i) % self->capacity];
}

static void
lading_time_series_constructed (GObject *object)
{
  LadingTimeSeries *self = (LadingTimeSeries *)object;

  G_OBJECT_CLASS (lading_time_series_parent_class)->constructed (object);

  self->allocated = MIN (self->capacity, MIN_ALLOCATED);
  self->points = g_new (Point, self->allocated);
}

static void
lading_time_series_finalize (GObject *object)
{
  LadingTimeSeries *self = (LadingTimeSeries *)object;

  g_clear_pointer (&self->points, g_free);

  G_OBJECT_CLASS (lading_time_series_parent_class)->finalize (object);
}

static void
lading_time_series_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadingTimeSeries *self = LADING_TIME_SERIES (object);

  switch (prop_id)
    {
    case PROP_CAPACITY:
      g_value_set_uint (value, self->capacity);
      break;

    case PROP_N_POINTS:
      g_value_set_uint (value, self->n_points);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_time_series_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadingTimeSeries *self = LADING_TIME_SERIES (object);

  switch (prop_id)
    {
    case PROP_CAPACITY:
      self->capacity = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_time_series_class_init (LadingTimeSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lading_time_series_constructed;
  object_class->finalize = lading_time_series_finalize;
  object_class->get_property = lading_time_series_get_property;
  object_class->set_property = lading_time_series_set_property;

  properties [PROP_CAPACITY] =
    g_param_spec_uint ("capacity", NULL, NULL,
                       1, G_MAXUINT / sizeof (Point), 1,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Not notified: it changes with every sample, and "changed" says so already. */
  properties [PROP_N_POINTS] =
    g_param_spec_uint ("n-points", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingTimeSeries::changed:
   *
   * Emitted after a sample was appended or the series was cleared.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
lading_time_series_init (LadingTimeSeries *self)
{
}

/**
 * lading_time_series_new:
 * @capacity: how many samples to keep; appending more drops the oldest
 *
 * Returns: (transfer full): an empty series
 */
LadingTimeSeries *
lading_time_series_new (guint capacity)
{
  g_return_val_if_fail (capacity > 0, NULL);

  return g_object_new (LADING_TYPE_TIME_SERIES, "capacity", capacity, NULL);
}

guint
lading_time_series_get_capacity (LadingTimeSeries *self)
{
  g_return_val_if_fail (LADING_IS_TIME_SERIES (self), 0);

  return self->capacity;
}

guint
lading_time_series_get_n_points (LadingTimeSeries *self)
{
  g_return_val_if_fail (LADING_IS_TIME_SERIES (self), 0);

  return self->n_points;
}

/**
 * lading_time_series_get_point:
 * @self: a #LadingTimeSeries
 * @i: the index, 0 for the oldest sample
 * @time_us: (out) (optional): the sample's time in unix microseconds
 * @value: (out) (optional): its value, maybe NaN
 */
void
lading_time_series_get_point (LadingTimeSeries *self,
                              guint             i,
                              gint64           *time_us,
                              double           *value)
{
  const Point *point;

  g_return_if_fail (LADING_IS_TIME_SERIES (self));
  g_return_if_fail (i < self->n_points);

  point = point_at (self, i);
  if (time_us != NULL)
    *time_us = point->time_us;
  if (value != NULL)
    *value = point->value;
}

/**
 * lading_time_series_get_last:
 * @self: a #LadingTimeSeries
 * @time_us: (out) (optional): the newest sample's time
 * @value: (out) (optional): its value, maybe NaN
 *
 * Returns: %FALSE when the series is empty
 */
gboolean
lading_time_series_get_last (LadingTimeSeries *self,
                             gint64           *time_us,
                             double           *value)
{
  g_return_val_if_fail (LADING_IS_TIME_SERIES (self), FALSE);

  if (self->n_points == 0)
    return FALSE;

  lading_time_series_get_point (self, self->n_points - 1, time_us, value);
  return TRUE;
}

/**
 * lading_time_series_find:
 * @self: a #LadingTimeSeries
 * @since_us: a time in unix microseconds
 *
 * Finds where a time range starts, by binary search: samples are appended in
 * time order, so a graph draws only its range of a long history.
 *
 * Returns: the index of the first sample at or after @since_us, or the number
 *   of points when there is none
 */
guint
lading_time_series_find (LadingTimeSeries *self,
                         gint64            since_us)
{
  guint low = 0;
  guint high;

  g_return_val_if_fail (LADING_IS_TIME_SERIES (self), 0);

  high = self->n_points;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (point_at (self, middle)->time_us < since_us)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * lading_time_series_get_max:
 * @self: a #LadingTimeSeries
 * @since_us: the start of the range, in unix microseconds
 *
 * Returns: the largest finite value from @since_us to the newest sample, or
 *   NaN when there is none, so an axis scales to what it shows
 */
double
lading_time_series_get_max (LadingTimeSeries *self,
                            gint64            since_us)
{
  double max = NAN;

  g_return_val_if_fail (LADING_IS_TIME_SERIES (self), NAN);

  for (guint i = lading_time_series_find (self, since_us); i < self->n_points; i++)
    {
      double value = point_at (self, i)->value;

      if (isfinite (value) && !(value <= max))
        max = value;
    }

  return max;
}

/**
 * lading_time_series_append:
 * @self: a #LadingTimeSeries
 * @time_us: the sample's time in unix microseconds, not before the newest one's
 * @value: its value, or NaN for a gap
 *
 * Adds a sample, dropping the oldest one when the series is full.
 */
void
lading_time_series_append (LadingTimeSeries *self,
                           gint64            time_us,
                           double            value)
{
  Point *point;

  g_return_if_fail (LADING_IS_TIME_SERIES (self));

  /* find() relies on the order; a clock that stepped back would break it. */
  if (self->n_points > 0)
    time_us = MAX (time_us, point_at (self, self->n_points - 1)->time_us);

  if (self->n_points < self->capacity)
    {
      if (self->n_points == self->allocated)
        {
          self->allocated = MIN (self->capacity, 2 * self->allocated);
          self->points = g_renew (Point, self->points, self->allocated);
        }
      point = &self->points[self->n_points];
      self->n_points++;
    }
  else
    {
      point = &self->points[self->head];
      self->head = (self->head + 1) % self->capacity;
    }

  point->time_us = time_us;
  point->value = value;

  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}

void
lading_time_series_clear (LadingTimeSeries *self)
{
  g_return_if_fail (LADING_IS_TIME_SERIES (self));

  self->head = 0;
  self->n_points = 0;

  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}
