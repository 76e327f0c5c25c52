/* test-alerts.c
 *
 * Which events are worth an alert: crashes, OOM kills and unhealthy checks,
 * not the stops and kills that were asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-alerts.h"

static LadingAlertKind
check (GHashTable *interrupted,
       const char *line)
{
  g_autoptr(LadingEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  event = lading_event_parse (line, -1, &error);
  g_assert_no_error (error);

  return lading_alerts_check (interrupted, event);
}

#define EVENT(action, attributes) \
  "{\"Type\":\"container\",\"Action\":\"" action "\",\"Actor\":{\"ID\":\"c1\"," \
  "\"Attributes\":{\"name\":\"web\"" attributes "}},\"timeNano\":1}"

static void
test_alerts_check (void)
{
  g_autoptr(GHashTable) interrupted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A crash. */
  g_assert_cmpint (check (interrupted, EVENT ("die", ",\"exitCode\":\"3\"")), ==, LADING_ALERT_EXITED);

  /* A clean exit. */
  g_assert_cmpint (check (interrupted, EVENT ("die", ",\"exitCode\":\"0\"")), ==, LADING_ALERT_NONE);

  /* docker stop: kill, then die with 137 or 143. */
  g_assert_cmpint (check (interrupted, EVENT ("kill", ",\"signal\":\"15\"")), ==, LADING_ALERT_NONE);
  g_assert_cmpint (check (interrupted, EVENT ("die", ",\"exitCode\":\"143\"")), ==, LADING_ALERT_NONE);

  /* Started again, the next crash is news again. */
  g_assert_cmpint (check (interrupted, EVENT ("start", "")), ==, LADING_ALERT_NONE);
  g_assert_cmpint (check (interrupted, EVENT ("die", ",\"exitCode\":\"1\"")), ==, LADING_ALERT_EXITED);

  /* OOM: one alert, not a second for the die that follows. */
  g_assert_cmpint (check (interrupted, EVENT ("oom", "")), ==, LADING_ALERT_OOM);
  g_assert_cmpint (check (interrupted, EVENT ("die", ",\"exitCode\":\"137\"")), ==, LADING_ALERT_NONE);

  g_assert_cmpint (check (interrupted, EVENT ("health_status: unhealthy", "")), ==, LADING_ALERT_UNHEALTHY);
  g_assert_cmpint (check (interrupted, EVENT ("health_status: healthy", "")), ==, LADING_ALERT_NONE);

  /* Other kinds never alert. */
  g_assert_cmpint (check (interrupted,
                          "{\"Type\":\"image\",\"Action\":\"delete\",\"Actor\":{\"ID\":\"i\"},\"timeNano\":1}"),
                   ==, LADING_ALERT_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/alerts/check", test_alerts_check);

  return g_test_run ();
}
