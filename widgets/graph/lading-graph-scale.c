/* lading-graph-scale.c
 *
 * The arithmetic of a graph's axes, apart from drawing so tests call it
 * directly: round steps for the grid ("0, 25, 50, 75, 100 %", "0.5 GiB"),
 * values with their unit, and time labels ("-5 min", "now").
 *
 * Memory is shown in binary units, as `docker stats` does; transfer rates in
 * decimal units, as g_format_size() shows every other size in Lading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph-scale"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lading-graph-scale.h"

#define N_PREFIXES 6

static const char * const byte_units[N_PREFIXES] = {
  /* Translators: unit symbols for amounts of memory */
  N_("B"), N_("KiB"), N_("MiB"), N_("GiB"), N_("TiB"), N_("PiB"),
};

static const char * const rate_units[N_PREFIXES] = {
  /* Translators: unit symbols for transfer rates, in bytes per second */
  N_("B/s"), N_("kB/s"), N_("MB/s"), N_("GB/s"), N_("TB/s"), N_("PB/s"),
};

/* Time steps a reader counts in; the graph's ranges are 1 to 60 minutes. */
static const GTimeSpan time_steps[] = {
  5 * G_TIME_SPAN_SECOND, 10 * G_TIME_SPAN_SECOND, 15 * G_TIME_SPAN_SECOND,
  30 * G_TIME_SPAN_SECOND, G_TIME_SPAN_MINUTE, 2 * G_TIME_SPAN_MINUTE,
  5 * G_TIME_SPAN_MINUTE, 10 * G_TIME_SPAN_MINUTE, 15 * G_TIME_SPAN_MINUTE,
  30 * G_TIME_SPAN_MINUTE, G_TIME_SPAN_HOUR, 2 * G_TIME_SPAN_HOUR, 6 * G_TIME_SPAN_HOUR,
};

/* 1024 for memory, 1000 for rates, 0 for units without prefixes. */
static double
unit_base (LadingGraphUnit unit)
{
  switch (unit)
    {
    case LADING_GRAPH_UNIT_BYTES:
      return 1024;

    case LADING_GRAPH_UNIT_BYTES_PER_SECOND:
      return 1000;

    case LADING_GRAPH_UNIT_PERCENT:
    case LADING_GRAPH_UNIT_COUNT:
    default:
      return 0;
    }
}

/* The prefix a value reads best in: 1536 bytes is "1.5 KiB". */
static guint
value_exponent (double value,
                double base)
{
  guint exponent = 0;

  value = fabs (value);
  while (base > 0 && value >= base && exponent + 1 < N_PREFIXES)
    {
      value /= base;
      exponent++;
    }

  return exponent;
}

/* How many decimals show @step exactly (0.25 needs two); 3 when two are not
 * enough. */
static int
step_decimals (double step)
{
  for (int decimals = 0; decimals < 3; decimals++)
    {
      double scaled = step * pow (10, decimals);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1, scaled))
        return decimals;
    }

  return 3;
}

/* The prefix for every label of an axis with @step: the largest in which the
 * step still reads as a short number, so a 512 MiB step labels "0.5 GiB",
 * "1.0 GiB", and 500 MiB or 256 MiB steps stay in MiB. */
static guint
axis_exponent (double step,
               double base)
{
  guint exponent;

  if (base <= 0)
    return 0;

  exponent = MIN (value_exponent (step, base) + 1, N_PREFIXES - 1);
  for (; exponent > 0; exponent--)
    {
      double scaled = step / pow (base, exponent);

      if (scaled >= 0.1 && step_decimals (scaled) <= 1)
        break;
    }

  return exponent;
}

static char *
format_number (LadingGraphUnit  unit,
               const char      *number,
               guint            exponent)
{
  switch (unit)
    {
    case LADING_GRAPH_UNIT_PERCENT:
      /* Translators: a percentage, "42 %"; the space is a no-break space */
      return g_strdup_printf (_("%s\u00a0%%"), number);

    case LADING_GRAPH_UNIT_BYTES:
      /* Translators: a number and its unit symbol, "1.5 GiB"; the space is a no-break space */
      return g_strdup_printf (_("%s\u00a0%s"), number, _(byte_units[exponent]));

    case LADING_GRAPH_UNIT_BYTES_PER_SECOND:
      return g_strdup_printf (_("%s\u00a0%s"), number, _(rate_units[exponent]));

    case LADING_GRAPH_UNIT_COUNT:
    default:
      return g_strdup (number);
    }
}

/**
 * lading_graph_scale_format:
 * @unit: what @value measures
 * @value: the value
 * @step: an axis' grid step, so all its labels share a prefix and enough
 *   decimals; or 0 for a value on its own ("1.5 GiB", "42 %", "340 kB/s")
 *
 * Returns: (transfer full): @value with its unit, in the user's locale; a
 *   dash when it is not a number
 */
char *
lading_graph_scale_format (LadingGraphUnit unit,
                           double          value,
                           double          step)
{
  double base = unit_base (unit);
  g_autofree char *number = NULL;
  guint exponent;
  double scaled;
  int decimals;

  if (!isfinite (value))
    return g_strdup ("\u2014");

  exponent = step > 0 ? axis_exponent (step, base) : value_exponent (value, base);
  scaled = exponent > 0 ? value / pow (base, exponent) : value;

  /* Alone, three significant digits at most: "4.2 %", "42 %", "420 kB/s". */
  if (step > 0)
    decimals = step_decimals (exponent > 0 ? step / pow (base, exponent) : step);
  else if (unit == LADING_GRAPH_UNIT_COUNT || scaled == 0 || fabs (scaled) >= 10 ||
           (base > 0 && exponent == 0))
    decimals = 0;
  else
    decimals = 1;

  number = g_strdup_printf ("%.*f", decimals, scaled);
  return format_number (unit, number, exponent);
}

static double
minimum_top (LadingGraphUnit unit)
{
  switch (unit)
    {
    case LADING_GRAPH_UNIT_PERCENT:
      return 100;

    case LADING_GRAPH_UNIT_BYTES:
    case LADING_GRAPH_UNIT_BYTES_PER_SECOND:
      return unit_base (unit);

    case LADING_GRAPH_UNIT_COUNT:
    default:
      return 1;
    }
}

/**
 * lading_graph_scale_pick_step:
 * @unit: what the axis measures
 * @max: the largest value it must show; NaN or 0 when there is none
 * @max_intervals: how many grid intervals fit
 * @top: (out) (optional): the axis' top, a whole number of steps at or above @max
 *
 * Picks a round grid step: 1, 2, 2.5 or 5 times a power of ten, in the prefix
 * @max reads in (MiB, GiB…). A percentage axis shows at least 0–100 %, one
 * whole CPU, and counts step by whole numbers.
 *
 * Returns: the step
 */
double
lading_graph_scale_pick_step (LadingGraphUnit  unit,
                              double           max,
                              guint            max_intervals,
                              double          *top)
{
  static const double factors[] = { 1, 2, 2.5, 5, 10 };
  double base = unit_base (unit);
  double scale;
  double rough;
  double magnitude;
  double step = 0;

  if (!isfinite (max) || max <= 0)
    max = minimum_top (unit);
  if (unit == LADING_GRAPH_UNIT_PERCENT)
    max = MAX (max, 100);

  scale = base > 0 ? pow (base, value_exponent (max, base)) : 1;
  rough = max / scale / MAX (max_intervals, 1);
  magnitude = pow (10, floor (log10 (rough)));
  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      step = factors[i] * magnitude;
      if (step >= rough * (1 - 1e-9))
        break;
    }
  step *= scale;

  if (unit != LADING_GRAPH_UNIT_PERCENT)
    step = MAX (step, 1);

  if (top != NULL)
    *top = ceil (max / step - 1e-9) * step;

  return step;
}

/**
 * lading_graph_scale_pick_time_step:
 * @range: the span of the time axis
 * @max_intervals: how many labelled intervals fit
 *
 * Returns: the smallest round step (5 s, 1 min, 5 min…) that makes at most
 *   @max_intervals intervals of @range
 */
GTimeSpan
lading_graph_scale_pick_time_step (GTimeSpan range,
                                   guint     max_intervals)
{
  max_intervals = MAX (max_intervals, 1);

  for (guint i = 0; i < G_N_ELEMENTS (time_steps); i++)
    {
      if (range <= time_steps[i] * (GTimeSpan)max_intervals)
        return time_steps[i];
    }

  return time_steps[G_N_ELEMENTS (time_steps) - 1];
}

/**
 * lading_graph_scale_format_age:
 * @age: how long ago, as a multiple of a time step
 *
 * Returns: (transfer full): a time axis label: "now", "-30 s", "-5 min", "-1 h"
 */
char *
lading_graph_scale_format_age (GTimeSpan age)
{
  if (age < G_TIME_SPAN_SECOND)
    /* Translators: the right end of a graph's time axis */
    return g_strdup (_("now"));

  if (age % G_TIME_SPAN_HOUR == 0)
    /* Translators: a time axis label, so many hours ago */
    return g_strdup_printf (_("-%d h"), (int)(age / G_TIME_SPAN_HOUR));

  if (age % G_TIME_SPAN_MINUTE == 0)
    /* Translators: a time axis label, so many minutes ago */
    return g_strdup_printf (_("-%d min"), (int)(age / G_TIME_SPAN_MINUTE));

  /* Translators: a time axis label, so many seconds ago */
  return g_strdup_printf (_("-%d s"), (int)(age / G_TIME_SPAN_SECOND));
}
