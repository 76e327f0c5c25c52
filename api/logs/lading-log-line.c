/* lading-log-line.c
 *
 * LadingLogLine, one line of a container's log, and the reassembly of the
 * lines of `GET /containers/{id}/logs` with their timestamp prefix.  The
 * splitter and the timestamp parser run once per line of logs that may have
 * millions, so they allocate nothing per line: complete lines are passed on
 * from the caller's buffer and timestamps are parsed by hand instead of
 * through GDateTime.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-line"

#include "config.h"

#include <string.h>

#include "lading-log-line.h"
#include "lading-log-private.h"

#define NANOSECONDS_PER_SECOND G_GINT64_CONSTANT (1000000000)

G_DEFINE_BOXED_TYPE (LadingLogLine, lading_log_line, lading_log_line_copy, lading_log_line_free)

/**
 * lading_log_line_new:
 * @text: (array length=length): the line's text, without newline
 *
 * Returns: (transfer full): a line holding a nul-terminated copy of @text
 */
LadingLogLine *
lading_log_line_new (LadingLogStream  stream,
                     gint64           timestamp_ns,
                     const char      *text,
                     gsize            length)
{
  LadingLogLine *self;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (length < G_MAXSIZE - sizeof (LadingLogLine), NULL);

  /* One allocation per line: the text follows the struct. */
  self = g_malloc (sizeof (LadingLogLine) + length + 1);
  self->stream = stream;
  self->timestamp_ns = timestamp_ns;
  self->text = (char *)(self + 1);
  if (length > 0)
    memcpy (self->text, text, length);
  self->text[length] = '\0';

  return self;
}

LadingLogLine *
lading_log_line_copy (const LadingLogLine *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return lading_log_line_new (self->stream, self->timestamp_ns, self->text, strlen (self->text));
}

void
lading_log_line_free (LadingLogLine *self)
{
  g_free (self);
}

struct _LadingLogLineSplitter
{
  GString *partial;   /* the start of a line whose end has not arrived yet */
};

/**
 * lading_log_line_splitter_new:
 *
 * Returns: (transfer full): a splitter for one stream
 */
LadingLogLineSplitter *
lading_log_line_splitter_new (void)
{
  LadingLogLineSplitter *self = g_new0 (LadingLogLineSplitter, 1);

  self->partial = g_string_new (NULL);

  return self;
}

void
lading_log_line_splitter_free (LadingLogLineSplitter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->partial, TRUE);
  g_free (self);
}

static void
emit_line (const char        *line,
           gsize              length,
           LadingLogLineFunc  func,
           gpointer           user_data)
{
  if (length > 0 && line[length - 1] == '\r')
    length--;

  func (line, length, user_data);
}

/* A container that never prints a newline must not grow our memory without
 * end: past LADING_LOG_LINE_MAX bytes the line is passed on in pieces. */
static void
append_partial (LadingLogLineSplitter *self,
                const char            *data,
                gsize                  length,
                LadingLogLineFunc      func,
                gpointer               user_data)
{
  while (self->partial->len + length >= LADING_LOG_LINE_MAX)
    {
      gsize n = LADING_LOG_LINE_MAX - self->partial->len;

      g_string_append_len (self->partial, data, n);
      func (self->partial->str, self->partial->len, user_data);
      g_string_truncate (self->partial, 0);
      data += n;
      length -= n;
    }

  g_string_append_len (self->partial, data, length);
}

/**
 * lading_log_line_splitter_push:
 * @data: (array length=length): the next bytes of the stream
 * @func: (scope call): called for each complete line
 *
 * Calls @func with each line completed by @data, without its "\n" (and
 * without a "\r" before it).  The line is not nul-terminated and only valid
 * during the call.
 */
void
lading_log_line_splitter_push (LadingLogLineSplitter *self,
                               const char            *data,
                               gsize                  length,
                               LadingLogLineFunc      func,
                               gpointer               user_data)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (func != NULL);

  while (length > 0)
    {
      const char *newline = memchr (data, '\n', length);
      gsize n;

      if (newline == NULL)
        {
          append_partial (self, data, length, func, user_data);
          return;
        }

      n = newline - data;
      if (self->partial->len > 0)
        {
          g_string_append_len (self->partial, data, n);
          emit_line (self->partial->str, self->partial->len, func, user_data);
          g_string_truncate (self->partial, 0);
        }
      else
        {
          emit_line (data, n, func, user_data);
        }

      data += n + 1;
      length -= n + 1;
    }
}

/**
 * lading_log_line_splitter_flush:
 * @func: (scope call): called for the last line
 *
 * Passes on the last line if the stream did not end with a newline.
 */
void
lading_log_line_splitter_flush (LadingLogLineSplitter *self,
                                LadingLogLineFunc      func,
                                gpointer               user_data)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (func != NULL);

  if (self->partial->len == 0)
    return;

  func (self->partial->str, self->partial->len, user_data);
  g_string_truncate (self->partial, 0);
}

/* Reads exactly @n_digits decimal digits. */
static gboolean
parse_digits (const char **cursor,
              const char  *end,
              guint        n_digits,
              int         *value)
{
  const char *p = *cursor;

  if ((gsize)(end - p) < n_digits)
    return FALSE;

  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      *value = *value * 10 + (p[i] - '0');
    }

  *cursor = p + n_digits;
  return TRUE;
}

static gboolean
expect_char (const char **cursor,
             const char  *end,
             char         c)
{
  if (*cursor >= end || **cursor != c)
    return FALSE;

  (*cursor)++;
  return TRUE;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil). */
static gint64
days_from_civil (int year,
                 int month,
                 int day)
{
  int era, year_of_era, day_of_year, day_of_era;

  year -= month <= 2;
  era = year / 400;   /* years are 1970..9999 here, never negative */
  year_of_era = year - era * 400;
  day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return (gint64)era * 146097 + day_of_era - 719468;
}

/* ".123456789", any number of digits up to nine (Go's RFC3339Nano drops
 * trailing zeros; the engine's fixed layout keeps all nine). */
static gboolean
parse_fraction (const char **cursor,
                const char  *end,
                gint64      *nanoseconds)
{
  const char *p = *cursor;
  guint n_digits = 0;

  *nanoseconds = 0;
  if (p >= end || *p != '.')
    return TRUE;

  for (p++; p < end && g_ascii_isdigit (*p); p++, n_digits++)
    {
      if (n_digits == 9)
        return FALSE;
      *nanoseconds = *nanoseconds * 10 + (*p - '0');
    }
  if (n_digits == 0)
    return FALSE;

  for (guint i = n_digits; i < 9; i++)
    *nanoseconds *= 10;

  *cursor = p;
  return TRUE;
}

/* "Z" or "+HH:MM"/"-HH:MM", as seconds east of UTC. */
static gboolean
parse_zone (const char **cursor,
            const char  *end,
            int         *offset)
{
  int sign, hours, minutes;

  *offset = 0;
  if (expect_char (cursor, end, 'Z'))
    return TRUE;

  if (*cursor >= end || (**cursor != '+' && **cursor != '-'))
    return FALSE;
  sign = **cursor == '-' ? -1 : 1;
  (*cursor)++;

  if (!parse_digits (cursor, end, 2, &hours) || !expect_char (cursor, end, ':')
      || !parse_digits (cursor, end, 2, &minutes) || hours > 23 || minutes > 59)
    return FALSE;

  *offset = sign * (hours * 3600 + minutes * 60);
  return TRUE;
}

static gboolean
parse_timestamp (const char **cursor,
                 const char  *end,
                 gint64      *unix_ns)
{
  int year, month, day, hour, minute, second, offset;
  gint64 fraction, seconds;

  if (!parse_digits (cursor, end, 4, &year) || !expect_char (cursor, end, '-')
      || !parse_digits (cursor, end, 2, &month) || !expect_char (cursor, end, '-')
      || !parse_digits (cursor, end, 2, &day) || !expect_char (cursor, end, 'T')
      || !parse_digits (cursor, end, 2, &hour) || !expect_char (cursor, end, ':')
      || !parse_digits (cursor, end, 2, &minute) || !expect_char (cursor, end, ':')
      || !parse_digits (cursor, end, 2, &second) || !parse_fraction (cursor, end, &fraction)
      || !parse_zone (cursor, end, &offset))
    return FALSE;

  if (year < 1970 || month < 1 || month > 12 || day < 1
      || day > g_date_get_days_in_month (month, year) || hour > 23 || minute > 59 || second > 60)
    return FALSE;

  seconds = days_from_civil (year, month, day) * 86400 + hour * 3600 + minute * 60 + second
            - offset;
  /* Before 1970 means nothing for logs; after 2262 does not fit in gint64 ns. */
  if (seconds < 0 || seconds >= G_MAXINT64 / NANOSECONDS_PER_SECOND)
    return FALSE;

  *unix_ns = seconds * NANOSECONDS_PER_SECOND + fraction;
  return TRUE;
}

/**
 * lading_log_line_split_timestamp:
 * @line: (array length=length): one line, as from the splitter
 * @unix_ns: (out) (optional): the time, in nanoseconds since 1970
 * @text: (out) (optional) (transfer none): the rest of the line, inside @line
 * @text_length: (out) (optional): the length of @text
 *
 * Splits the prefix that `timestamps=1` adds,
 * "2026-11-28T03:28:47.208636565Z text", into its time and the text.
 *
 * Returns: %TRUE if @line starts with a timestamp followed by a space or the
 *   end; otherwise %FALSE with *@unix_ns = 0 and @text the whole line
 */
gboolean
lading_log_line_split_timestamp (const char  *line,
                                 gsize        length,
                                 gint64      *unix_ns,
                                 const char **text,
                                 gsize       *text_length)
{
  const char *cursor = line;
  const char *end = line + length;
  gint64 time = 0;
  gboolean valid;

  g_return_val_if_fail (line != NULL || length == 0, FALSE);

  valid = parse_timestamp (&cursor, end, &time) && (cursor == end || *cursor == ' ');
  if (!valid)
    {
      time = 0;
      cursor = line;
    }
  else if (cursor < end)
    {
      cursor++;
    }

  if (unix_ns != NULL)
    *unix_ns = time;
  if (text != NULL)
    *text = cursor;
  if (text_length != NULL)
    *text_length = end - cursor;

  return valid;
}

/**
 * lading_log_line_format_api_time:
 * @unix_ns: nanoseconds since 1970, not negative
 *
 * Returns: (transfer full): the value of the `since` and `until` query
 *   parameters, "1700000000.123456789"
 */
char *
lading_log_line_format_api_time (gint64 unix_ns)
{
  g_return_val_if_fail (unix_ns >= 0, NULL);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%09" G_GINT64_FORMAT,
                          unix_ns / NANOSECONDS_PER_SECOND, unix_ns % NANOSECONDS_PER_SECOND);
}
