/* lading-log-format.c
 *
 * How a log line becomes terminal bytes for LadingLogView.  There is no PTY
 * between the log and the terminal, so each line ends in "\r\n" (no ONLCR
 * does it for us).  Only the line's colours (SGR) are passed on: any other
 * control sequence in a log line — clear screen, cursor moves, the alternate
 * screen, autowrap, a bell — would change the viewer itself rather than
 * colour the line, so those are dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-format"

#include "config.h"

#include <string.h>

#include "lading-log-format-private.h"

#define ESC '\033'
#define BEL '\007'

/* SGR: 2 dim, 3 italic, 1 bold, 31/33 red/yellow, 39 default colour, 22
 * neither bold nor dim, 0 everything off. */
#define NOTICE_START   "\033[2;3m── "
#define NOTICE_END     " ──\033[0m"
#define SYSTEM_START   "\033[1;33m⚠ "
#define SYSTEM_END     "\033[0m"
#define STDERR_MARK    "\033[31m▌\033[39m "
#define TIMESTAMP_DIM  "\033[2m"
#define TIMESTAMP_END  "\033[22m "

/**
 * _lading_log_format_new_notice:
 * @text: what the view says, e.g. "The container stopped"
 *
 * Returns: (transfer full): a line shown as the view's own notice
 */
LadingLogLine *
_lading_log_format_new_notice (const char *text)
{
  return lading_log_line_new (LADING_LOG_STREAM_SYSTEM, LADING_LOG_NOTICE_TIMESTAMP,
                              text, strlen (text));
}

gboolean
_lading_log_format_is_notice (const LadingLogLine *line)
{
  return line->stream == LADING_LOG_STREAM_SYSTEM &&
         line->timestamp_ns == LADING_LOG_NOTICE_TIMESTAMP;
}

/* Returns the end of the escape sequence that starts at @p (on ESC), and
 * whether it is an SGR (colour) sequence. */
static const char *
skip_escape (const char *p,
             gboolean   *is_sgr)
{
  const char *q = p + 1;

  *is_sgr = FALSE;

  if (*q == '[')
    {
      const char *params = ++q;

      while (*q >= 0x20 && *q <= 0x3f)
        q++;
      if (*q < 0x40 || *q > 0x7e)
        return q;  /* cut short: drop what there is */
      *is_sgr = *q == 'm' && strspn (params, "0123456789;:") == (gsize) (q - params);
      return q + 1;
    }

  /* OSC, DCS, SOS, PM and APC run to BEL or to ESC \ (ST). */
  if (*q != '\0' && strchr ("]PX^_", *q) != NULL)
    {
      for (q++; *q != '\0' && *q != BEL && *q != ESC; q++)
        ;
      if (*q == BEL)
        return q + 1;
      if (*q == ESC && q[1] == '\\')
        return q + 2;
      return q;
    }

  /* Two-byte (and nF) escapes: intermediates, then one final byte. */
  while (*q >= 0x20 && *q <= 0x2f)
    q++;

  return *q != '\0' ? q + 1 : q;
}

/**
 * _lading_log_format_text:
 * @out: where to append
 * @text: a log line's text, without its newline
 *
 * Appends @text with its colours and printable characters; other control
 * characters and sequences are left out.
 *
 * Returns: whether @text set colours (which the caller resets at its end)
 */
gboolean
_lading_log_format_text (GString    *out,
                         const char *text)
{
  const char *p = text;
  gboolean had_sgr = FALSE;

  while (*p != '\0')
    {
      gsize plain = strcspn (p, "\001\002\003\004\005\006\007\010\012\013\014\016\017"
                                "\020\021\022\023\024\025\026\027\030\031\032\033"
                                "\034\035\036\037\177\302");
      guchar c;

      g_string_append_len (out, p, plain);
      p += plain;
      c = (guchar) *p;

      if (c == '\0')
        break;

      if (c == ESC)
        {
          gboolean is_sgr;
          const char *end = skip_escape (p, &is_sgr);

          if (is_sgr)
            g_string_append_len (out, p, end - p);
          had_sgr |= is_sgr;
          p = end;
        }
      else if (c == 0xc2)
        {
          /* U+0080…U+009F are the C1 controls (CSI among them); the rest of
           * the U+00xx block is text. */
          if ((guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f)
            p += 2;
          else
            g_string_append_c (out, *p++);
        }
      else
        p++;
    }

  return had_sgr;
}

static void
append_timestamp (GString *out,
                  gint64   unix_ns)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_ns / G_GINT64_CONSTANT (1000000000));
  g_autofree char *seconds = NULL;

  if (time == NULL)
    return;

  seconds = g_date_time_format (time, "%Y-%m-%d %H:%M:%S");
  g_string_append_printf (out, TIMESTAMP_DIM "%s.%03d" TIMESTAMP_END, seconds,
                          (int) (unix_ns / 1000000 % 1000));
}

/**
 * _lading_log_format_line:
 * @out: where to append
 * @line: the line
 * @timestamps: whether to show the line's time (in local time, to the ms)
 *
 * Appends @line and its "\r\n": stderr lines behind a red bar, the engine's
 * own errors (stream SYSTEM) in bold with a warning sign, and the view's
 * notices dim between rules.
 */
void
_lading_log_format_line (GString             *out,
                         const LadingLogLine *line,
                         gboolean             timestamps)
{
  if (_lading_log_format_is_notice (line))
    {
      g_string_append (out, NOTICE_START);
      _lading_log_format_text (out, line->text);
      g_string_append (out, NOTICE_END "\r\n");
      return;
    }

  if (timestamps && line->timestamp_ns > 0)
    append_timestamp (out, line->timestamp_ns);

  if (line->stream == LADING_LOG_STREAM_SYSTEM)
    {
      g_string_append (out, SYSTEM_START);
      _lading_log_format_text (out, line->text);
      g_string_append (out, SYSTEM_END "\r\n");
      return;
    }

  if (line->stream == LADING_LOG_STREAM_STDERR)
    g_string_append (out, STDERR_MARK);

  if (_lading_log_format_text (out, line->text))
    g_string_append (out, "\033[0m");
  g_string_append (out, "\r\n");
}
