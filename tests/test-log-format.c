/* test-log-format.c
 *
 * How LadingLogView turns log lines into terminal bytes: "\r\n" after each
 * line, stderr marked, the engine's errors and the view's notices set
 * apart, timestamps on request, and only colours kept of the control
 * sequences a line may carry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-log-format-private.h"

static char *
format (LadingLogStream  stream,
        gint64           timestamp_ns,
        const char      *text,
        gboolean         timestamps)
{
  g_autoptr(LadingLogLine) line = lading_log_line_new (stream, timestamp_ns, text, strlen (text));
  GString *out = g_string_new (NULL);

  _lading_log_format_line (out, line, timestamps);

  return g_string_free (out, FALSE);
}

static char *
sanitize (const char *text,
          gboolean   *had_sgr)
{
  GString *out = g_string_new (NULL);

  *had_sgr = _lading_log_format_text (out, text);

  return g_string_free (out, FALSE);
}

static void
test_log_format_streams (void)
{
  g_autofree char *out = format (LADING_LOG_STREAM_STDOUT, 0, "hello", FALSE);
  g_autofree char *err = format (LADING_LOG_STREAM_STDERR, 0, "oops", FALSE);
  g_autofree char *system = format (LADING_LOG_STREAM_SYSTEM, 0, "Error grabbing logs", FALSE);
  g_autoptr(LadingLogLine) notice = _lading_log_format_new_notice ("The container stopped");
  g_autoptr(GString) notice_out = g_string_new (NULL);

  /* No PTY turns "\n" into "\r\n" for us. */
  g_assert_cmpstr (out, ==, "hello\r\n");
  g_assert_cmpstr (err, ==, "\033[31m▌\033[39m oops\r\n");
  g_assert_cmpstr (system, ==, "\033[1;33m⚠ Error grabbing logs\033[0m\r\n");

  g_assert_true (_lading_log_format_is_notice (notice));
  _lading_log_format_line (notice_out, notice, TRUE);
  g_assert_cmpstr (notice_out->str, ==, "\033[2;3m── The container stopped ──\033[0m\r\n");
}

static void
test_log_format_timestamps (void)
{
  /* 2026-11-28T03:28:47.208636565Z, shown in local time: UTC here. */
  gint64 ns = G_GINT64_CONSTANT (1795836527208636565);
  g_autofree char *shown = format (LADING_LOG_STREAM_STDERR, ns, "late", TRUE);
  g_autofree char *hidden = format (LADING_LOG_STREAM_STDOUT, ns, "late", FALSE);
  g_autofree char *none = format (LADING_LOG_STREAM_STDOUT, 0, "untimed", TRUE);

  g_assert_cmpstr (shown, ==, "\033[2m2026-11-28 03:28:47.208\033[22m \033[31m▌\033[39m late\r\n");
  g_assert_cmpstr (hidden, ==, "late\r\n");
  g_assert_cmpstr (none, ==, "untimed\r\n");
}

static void
test_log_format_colours_kept (void)
{
  g_autofree char *line = format (LADING_LOG_STREAM_STDOUT, 0,
                                  "\033[32mINFO\033[0m ok \033[1;38;5;208mx", FALSE);
  g_autofree char *plain = NULL;
  gboolean had_sgr = TRUE;

  /* A line that set colours is reset at its end, so the next starts clean. */
  g_assert_cmpstr (line, ==, "\033[32mINFO\033[0m ok \033[1;38;5;208mx\033[0m\r\n");

  plain = sanitize ("tab\there, accents éü°, CJK 日本", &had_sgr);
  g_assert_false (had_sgr);
  g_assert_cmpstr (plain, ==, "tab\there, accents éü°, CJK 日本");
}

static void
test_log_format_controls_dropped (void)
{
  static const struct {
    const char *text;
    const char *shown;
  } cases[] = {
    { "a\033[2Jb\033[Hc", "abc" },               /* clear screen, cursor home */
    { "x\033[?1049hy\033[?7lz", "xyz" },         /* alternate screen, autowrap */
    { "t\033]0;title\007u", "tu" },              /* OSC ended by BEL */
    { "t\033]8;;http://e.x\033\\link", "tlink" },/* OSC ended by ST */
    { "bell\007 back\010space", "bell backspace" },
    { "c1\302\233" "31mred", "c131mred" },         /* U+009B is CSI */
    { "esc\033(Bok\033c", "escok" },             /* charset, full reset */
    { "cut\033[12", "cut" },                     /* sequence cut short */
    { "cut\033", "cut" },
    { "cr\rkept", "cr\rkept" },                  /* progress bars redraw */
    { "\033[38:5:1mcolon", "\033[38:5:1mcolon" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean had_sgr;
      g_autofree char *shown = sanitize (cases[i].text, &had_sgr);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Timestamps are shown in local time: pin it. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/log-format/streams", test_log_format_streams);
  g_test_add_func ("/widgets/log-format/timestamps", test_log_format_timestamps);
  g_test_add_func ("/widgets/log-format/colours-kept", test_log_format_colours_kept);
  g_test_add_func ("/widgets/log-format/controls-dropped", test_log_format_controls_dropped);

  return g_test_run ();
}
