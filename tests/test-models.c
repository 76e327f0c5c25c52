/* test-models.c
 *
 * The pure parsers of api/ on payloads recorded from a real engine (see
 * tests/data/README), on hand-written edge cases, and the in-place updates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-api-enums.h"
#include "lading-container-fields-private.h"
#include "lading-engine-error.h"
#include "lading-json-private.h"
#include "lading-models-private.h"
#include "lading-test-data.h"

/* When containers-list.json was recorded. */
#define RECORDED_AT G_GINT64_CONSTANT (1795839669)

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* The parsers on inputs that must parse: fail here, with the parser's error,
 * rather than on a NULL further down. */
static GPtrArray *
containers_from (GBytes *bytes,
                 gint64  now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *containers = _lading_container_list_parse (bytes, now, &error);

  g_assert_no_error (error);
  return containers;
}

static LadingContainer *
container_from (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  LadingContainer *container = _lading_container_inspect_parse (bytes, &error);

  g_assert_no_error (error);
  return container;
}

static GPtrArray *
images_from (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *images = _lading_image_list_parse (bytes, &error);

  g_assert_no_error (error);
  return images;
}

static LadingVolume *
volume_from (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  LadingVolume *volume = _lading_volume_inspect_parse (bytes, &error);

  g_assert_no_error (error);
  return volume;
}

static gpointer
find_by (GPtrArray  *objects,
         const char *property,
         const char *value)
{
  for (guint i = 0; i < objects->len; i++)
    {
      g_autofree char *current = NULL;

      g_object_get (g_ptr_array_index (objects, i), property, &current, NULL);
      if (g_strcmp0 (current, value) == 0)
        return g_ptr_array_index (objects, i);
    }

  g_assert_not_reached ();
}

/* Records the names of the properties notified on an object, sorted and
 * joined with ",", so a test can compare them with what it expects. */
typedef struct
{
  GPtrArray *names;
} NotifyLog;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           NotifyLog  *log)
{
  g_ptr_array_add (log->names, g_strdup (pspec->name));
}

static void
notify_log_watch (NotifyLog *log,
                  gpointer   object)
{
  log->names = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (object, "notify", G_CALLBACK (notify_cb), log);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char **)a, *(char **)b);
}

static char *
notify_log_take (NotifyLog *log)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  g_ptr_array_sort (log->names, compare_names);
  for (guint i = 0; i < log->names->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? "," : "", (char *)log->names->pdata[i]);
  g_ptr_array_set_size (log->names, 0);

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
notify_log_check (NotifyLog  *log,
                  const char *expected)
{
  g_autofree char *notified = notify_log_take (log);

  g_assert_cmpstr (notified, ==, expected);
}

static void
notify_log_clear (NotifyLog *log,
                  gpointer   object)
{
  g_signal_handlers_disconnect_by_func (object, notify_cb, log);
  g_clear_pointer (&log->names, g_ptr_array_unref);
}

static void
assert_strv (const char * const *strv,
             const char         *joined)
{
  g_autofree char *actual = g_strjoinv (",", (char **)strv);

  g_assert_cmpstr (actual, ==, joined);
}

static void
test_models_human_duration (void)
{
  static const struct
  {
    const char *text;
    gint64      seconds;
  } valid[] = {
    { "Less than a second", 0 },
    { "1 second", 1 },
    { "59 seconds", 59 },
    { "About a minute", 60 },
    { "45 minutes", 45 * 60 },
    { "About an hour", 3600 },
    { "47 hours", 47 * 3600 },
    { "13 days", 13 * 86400 },
    { "8 weeks", 8 * 7 * 86400 },
    { "23 months", 23 * 30 * 86400 },
    { "2 years", G_GINT64_CONSTANT (2) * 365 * 86400 },
  };
  static const char *invalid[] = {
    "", "minutes", "3", "3 fortnights", "-3 days", "3 days ago", "About a second",
    "3  days", "99999999999 years", "0x10 seconds", "3 secondss",
  };
  gint64 seconds;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      seconds = -1;
      g_assert_true (_lading_parse_human_duration (valid[i].text, &seconds));
      g_assert_cmpint (seconds, ==, valid[i].seconds);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (_lading_parse_human_duration (invalid[i], &seconds));

  g_assert_false (_lading_parse_human_duration (NULL, &seconds));
}

static void
test_models_container_status (void)
{
  static const struct
  {
    const char            *status;
    int                    exit_code;
    LadingContainerHealth  health;
    gint64                 started_ago;      /* -1: not known from the text */
    gint64                 finished_ago;
  } cases[] = {
    { "Up 3 minutes", 0, LADING_CONTAINER_HEALTH_NONE, 180, -1 },
    { "Up 2 hours (Paused)", 0, LADING_CONTAINER_HEALTH_NONE, 7200, -1 },
    { "Up 5 seconds (health: starting)", 0, LADING_CONTAINER_HEALTH_STARTING, 5, -1 },
    { "Up About an hour (unhealthy)", 0, LADING_CONTAINER_HEALTH_UNHEALTHY, 3600, -1 },
    { "Up Less than a second (healthy)", 0, LADING_CONTAINER_HEALTH_HEALTHY, 0, -1 },
    { "Exited (137) 5 minutes ago", 137, LADING_CONTAINER_HEALTH_NONE, -1, 300 },
    { "Exited (1) 2 hours ago", 1, LADING_CONTAINER_HEALTH_NONE, -1, 7200 },
    { "Exited (-1) Less than a second ago", -1, LADING_CONTAINER_HEALTH_NONE, -1, 0 },
    { "Restarting (1) 3 seconds ago", 1, LADING_CONTAINER_HEALTH_NONE, -1, 3 },
    { "Exited (2) ago", 2, LADING_CONTAINER_HEALTH_NONE, -1, -1 },
    { "Exited (x) 3 days ago", 0, LADING_CONTAINER_HEALTH_NONE, -1, 3 * 86400 },
    { "Removal In Progress", 0, LADING_CONTAINER_HEALTH_NONE, -1, -1 },
    { "Dead", 0, LADING_CONTAINER_HEALTH_NONE, -1, -1 },
    { "", 0, LADING_CONTAINER_HEALTH_NONE, -1, -1 },
    { "Up (", 0, LADING_CONTAINER_HEALTH_NONE, -1, -1 },
    { "Exited (", 0, LADING_CONTAINER_HEALTH_NONE, -1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LadingContainerStatus status;

      g_test_message ("%s", cases[i].status);
      _lading_container_status_parse (cases[i].status, RECORDED_AT, &status);

      g_assert_cmpint (status.exit_code, ==, cases[i].exit_code);
      g_assert_cmpint (status.health, ==, cases[i].health);
      if (cases[i].started_ago < 0)
        {
          g_assert_cmpint (status.started_at, ==, 0);
          g_assert_cmpint (status.started_at_precision, ==, LADING_TIME_UNKNOWN);
        }
      else
        {
          g_assert_cmpint (status.started_at, ==, RECORDED_AT - cases[i].started_ago);
        }
      if (cases[i].finished_ago < 0)
        g_assert_cmpint (status.finished_at, ==, 0);
      else
        g_assert_cmpint (status.finished_at, ==, RECORDED_AT - cases[i].finished_ago);
    }
}

static void
test_models_container_status_created (void)
{
  LadingContainerStatus status;

  /* Never started: the zero times are facts, not gaps. */
  _lading_container_status_parse ("Created", RECORDED_AT, &status);
  g_assert_cmpint (status.started_at, ==, 0);
  g_assert_cmpint (status.finished_at, ==, 0);
  g_assert_cmpint (status.started_at_precision, ==, LADING_TIME_EXACT);
  g_assert_cmpint (status.finished_at_precision, ==, LADING_TIME_EXACT);
}

static void
test_models_parse_time (void)
{
  static const struct
  {
    const char *text;
    gint64      seconds;
  } cases[] = {
    { "0001-01-01T00:00:00Z", 0 },
    { "2026-11-28T04:20:48Z", 1795839648 },
    { "2026-11-28T04:20:48.53636937Z", 1795839648 },
    { "2026-11-28T04:20:49.162995056Z", 1795839649 },
    { "2026-11-28T05:20:30.123456789+01:00", 1795839630 },
    { "2026-11-27T23:20:30-05:00", 1795839630 },
    { "1970-01-01T00:00:00Z", 0 },
    { "1969-12-31T23:59:59Z", 0 },
    { "2026-11-28T04:20:48", 0 },        /* no offset: ambiguous */
    { "2026-13-01T00:00:00Z", 0 },
    { "yesterday", 0 },
    { "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (_lading_json_parse_time (cases[i].text), ==, cases[i].seconds);

  g_assert_cmpint (_lading_json_parse_time (NULL), ==, 0);
}

static void
test_models_container_list (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("containers-list.json");
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(GError) error = NULL;
  LadingContainer *container;

  containers = _lading_container_list_parse (bytes, RECORDED_AT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (containers->len, ==, 10);

  container = find_by (containers, "name", "demo-web-1");
  g_assert_cmpstr (lading_container_get_id (container), ==,
                   "2101914093a6bb8c6b81aab7ca48f4b60ebaa595c31054a138c3b96a1904ad27");
  g_assert_cmpstr (lading_container_get_short_id (container), ==, "2101914093a6");
  g_assert_cmpstr (lading_container_get_image (container), ==, "lading-fixture");
  g_assert_cmpstr (lading_container_get_image_id (container), ==,
                   "sha256:cf7338c0c6ef01d97bfc5459392f1b6f1d350874ce75051963559e52ddd833b2");
  g_assert_cmpstr (lading_container_get_command (container), ==, "sleep 100000");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_RUNNING);
  g_assert_cmpint (lading_container_get_health (container), ==, LADING_CONTAINER_HEALTH_NONE);
  g_assert_cmpint (lading_container_get_created (container), ==, 1795839648);
  g_assert_cmpint (lading_container_get_started_at (container), ==, RECORDED_AT - 21);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, 0);
  g_assert_cmpstr (lading_container_get_ports (container), ==, "");
  g_assert_cmpuint (g_hash_table_size (lading_container_get_labels (container)), ==, 2);
  g_assert_cmpstr (lading_container_get_compose_project (container), ==, "demo");
  g_assert_cmpstr (lading_container_get_compose_service (container), ==, "web");
  assert_strv (lading_container_get_volume_names (container), "demo_data");
  g_assert_cmpstr (lading_container_get_network_mode (container), ==, "none");
  assert_strv (lading_container_get_network_names (container), "none");

  container = find_by (containers, "name", "restarter");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_RESTARTING);
  g_assert_cmpint (lading_container_get_exit_code (container), ==, 1);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, RECORDED_AT - 5);
  g_assert_cmpint (lading_container_get_started_at (container), ==, 0);
  g_assert_cmpstr (lading_container_get_command (container), ==, "sh -c 'exit 1'");
  g_assert_null (lading_container_get_compose_project (container));
  g_assert_cmpuint (g_hash_table_size (lading_container_get_labels (container)), ==, 0);

  container = find_by (containers, "name", "exited-three");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_EXITED);
  g_assert_cmpint (lading_container_get_exit_code (container), ==, 3);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, RECORDED_AT - 20);

  container = find_by (containers, "name", "just-created");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_CREATED);
  g_assert_cmpint (lading_container_get_started_at (container), ==, 0);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, 0);

  container = find_by (containers, "name", "paused-one");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_PAUSED);
  g_assert_cmpint (lading_container_get_started_at (container), ==, RECORDED_AT - 20);

  container = find_by (containers, "name", "starting-one");
  g_assert_cmpint (lading_container_get_health (container), ==, LADING_CONTAINER_HEALTH_STARTING);
  container = find_by (containers, "name", "healthy-one");
  g_assert_cmpint (lading_container_get_health (container), ==, LADING_CONTAINER_HEALTH_HEALTHY);
  container = find_by (containers, "name", "unhealthy-one");
  g_assert_cmpint (lading_container_get_health (container), ==, LADING_CONTAINER_HEALTH_UNHEALTHY);

  container = find_by (containers, "name", "host-net");
  g_assert_cmpstr (lading_container_get_network_mode (container), ==, "host");
  assert_strv (lading_container_get_network_names (container), "host");

  container = find_by (containers, "name", "anon-vol");
  assert_strv (lading_container_get_volume_names (container),
               "bd9306071d63eab753c80ce5bee4527339544091034fb8aa44ce21cb6a10bb7e");
}

static void
test_models_container_properties (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("containers-list.json");
  g_autoptr(GPtrArray) containers = containers_from (bytes, RECORDED_AT);
  g_autoptr(GHashTable) labels = NULL;
  g_auto(GStrv) volume_names = NULL;
  g_autofree char *compose_project = NULL;
  g_autoptr(GEnumClass) states = g_type_class_ref (LADING_TYPE_CONTAINER_STATE);
  g_autoptr(GEnumClass) healths = g_type_class_ref (LADING_TYPE_CONTAINER_HEALTH);
  LadingContainerState state;
  LadingContainerHealth health;
  LadingContainer *container;
  GEnumValue *value;

  container = find_by (containers, "name", "healthy-one");
  g_object_get (container,
                "state", &state,
                "health", &health,
                "labels", &labels,
                "volume-names", &volume_names,
                "compose-project", &compose_project,
                NULL);
  g_assert_cmpint (state, ==, LADING_CONTAINER_STATE_RUNNING);
  g_assert_cmpint (health, ==, LADING_CONTAINER_HEALTH_HEALTHY);
  g_assert_nonnull (labels);
  g_assert_nonnull (volume_names);
  g_assert_null (volume_names[0]);
  g_assert_null (compose_project);

  /* Widgets show and filter by the nicks: they must be Docker's own words. */
  value = g_enum_get_value (states, LADING_CONTAINER_STATE_RUNNING);
  g_assert_cmpstr (value->value_nick, ==, "running");
  value = g_enum_get_value (healths, LADING_CONTAINER_HEALTH_NONE);
  g_assert_cmpstr (value->value_nick, ==, "none");
  value = g_enum_get_value (healths, LADING_CONTAINER_HEALTH_STARTING);
  g_assert_cmpstr (value->value_nick, ==, "starting");

  g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (container), "id")->flags &
                 G_PARAM_CONSTRUCT_ONLY);
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (container), "name")->flags &
                  G_PARAM_WRITABLE);
}

static void
test_models_container_ports (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("containers-ports-edited.json");
  g_autoptr(GBytes) inspect = bytes_from_string (
    "{\"Id\":\"x\",\"NetworkSettings\":{\"Ports\":{"
    "\"80/tcp\":[{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"8080\"},{\"HostIp\":\"::\",\"HostPort\":\"8080\"}],"
    "\"443/tcp\":null,"
    "\"53/udp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"5353\"}],"
    "\"9000/tcp\":[{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"\"}],"
    "\"bad\":[],\"70000/tcp\":null,\"22/tcp\":[7,{\"HostPort\":22}]}}}");
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(GError) error = NULL;

  containers = _lading_container_list_parse (bytes, RECORDED_AT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_container_get_ports (find_by (containers, "name", "demo-web-1")), ==,
                   "127.0.0.1:5353→53/udp, 0.0.0.0:8080→80/tcp, [::]:8080→80/tcp, 443/tcp");

  container = _lading_container_inspect_parse (inspect, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_container_get_ports (container), ==,
                   "22/tcp, 127.0.0.1:5353→53/udp, 0.0.0.0:8080→80/tcp, [::]:8080→80/tcp, "
                   "443/tcp, 9000/tcp");
}

static void
test_models_container_inspect (void)
{
  g_autoptr(GBytes) list_bytes = lading_test_load_data ("containers-list.json");
  g_autoptr(GPtrArray) containers = containers_from (list_bytes, RECORDED_AT);
  static const char *fixtures[] = {
    "container-inspect-running.json", "container-inspect-exited.json",
    "container-inspect-created.json", "container-inspect-paused.json",
    "container-inspect-healthy.json",
  };

  /* Inspect and list describe the same containers the same way. */
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(GBytes) bytes = lading_test_load_data (fixtures[i]);
      g_autoptr(LadingContainer) container = NULL;
      g_autoptr(GError) error = NULL;
      LadingContainer *listed;

      container = _lading_container_inspect_parse (bytes, &error);
      g_assert_no_error (error);

      listed = find_by (containers, "id", lading_container_get_id (container));
      g_assert_cmpstr (lading_container_get_name (container), ==, lading_container_get_name (listed));
      g_assert_cmpstr (lading_container_get_image (container), ==, lading_container_get_image (listed));
      g_assert_cmpstr (lading_container_get_image_id (container), ==,
                       lading_container_get_image_id (listed));
      g_assert_cmpstr (lading_container_get_command (container), ==,
                       lading_container_get_command (listed));
      g_assert_cmpint (lading_container_get_state (container), ==, lading_container_get_state (listed));
      g_assert_cmpint (lading_container_get_health (container), ==,
                       lading_container_get_health (listed));
      g_assert_cmpint (lading_container_get_exit_code (container), ==,
                       lading_container_get_exit_code (listed));
      g_assert_cmpint (lading_container_get_created (container), ==,
                       lading_container_get_created (listed));
      g_assert_cmpstr (lading_container_get_ports (container), ==, lading_container_get_ports (listed));
      g_assert_cmpstr (lading_container_get_network_mode (container), ==,
                       lading_container_get_network_mode (listed));
      g_assert_true (g_strv_equal (lading_container_get_volume_names (container),
                                   lading_container_get_volume_names (listed)));
    }
}

static void
test_models_container_inspect_times (void)
{
  g_autoptr(GBytes) running = lading_test_load_data ("container-inspect-running.json");
  g_autoptr(GBytes) exited = lading_test_load_data ("container-inspect-exited.json");
  g_autoptr(GBytes) created = lading_test_load_data ("container-inspect-created.json");
  g_autoptr(LadingContainer) container = NULL;

  container = container_from (running);
  g_assert_cmpint (lading_container_get_created (container), ==, 1795839648);
  g_assert_cmpint (lading_container_get_started_at (container), ==, 1795839648);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, 0);
  g_assert_cmpstr (lading_container_get_name (container), ==, "demo-web-1");
  g_assert_cmpstr (lading_container_get_compose_service (container), ==, "web");
  assert_strv (lading_container_get_volume_names (container), "demo_data");
  g_clear_object (&container);

  container = container_from (exited);
  g_assert_cmpint (lading_container_get_started_at (container), ==, 1795839649);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, 1795839649);
  g_assert_cmpstr (lading_container_get_command (container), ==, "sh -c 'exit 3'");
  g_clear_object (&container);

  container = container_from (created);
  g_assert_cmpint (lading_container_get_started_at (container), ==, 0);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, 0);
}

static void
test_models_container_bad_elements (void)
{
  g_autoptr(GBytes) bytes = bytes_from_string (
    "[{\"Id\":\"abc\"}, 5, null, {\"Names\":[\"/x\"]}, {\"Id\":7}, {\"Id\":\"\"},"
    " {\"Id\":\"def\",\"Names\":[3],\"Labels\":{\"a\":1,\"b\":{\"c\":1},\"d\":null},"
    "  \"Ports\":\"nope\",\"Mounts\":{\"x\":1},\"HostConfig\":[],\"Created\":\"yesterday\","
    "  \"State\":5,\"Status\":[\"Up\"],\"Image\":{},\"Command\":null},"
    " {\"Id\":\"ghi\",\"Created\":1e300,\"Mounts\":[5,{\"Type\":\"volume\"},"
    "  {\"Type\":\"volume\",\"Name\":\"b\"},{\"Type\":\"volume\",\"Name\":\"a\"},"
    "  {\"Type\":\"bind\",\"Name\":\"c\"},{\"Type\":\"volume\",\"Name\":\"b\"}]}]");
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(GError) error = NULL;
  LadingContainer *container;
  GHashTable *labels;

  containers = _lading_container_list_parse (bytes, RECORDED_AT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (containers->len, ==, 3);

  container = g_ptr_array_index (containers, 0);
  g_assert_cmpstr (lading_container_get_id (container), ==, "abc");
  g_assert_cmpstr (lading_container_get_name (container), ==, "");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_UNKNOWN);

  container = g_ptr_array_index (containers, 1);
  g_assert_cmpstr (lading_container_get_id (container), ==, "def");
  g_assert_cmpstr (lading_container_get_name (container), ==, "");
  g_assert_cmpstr (lading_container_get_image (container), ==, "");
  g_assert_cmpstr (lading_container_get_ports (container), ==, "");
  g_assert_cmpstr (lading_container_get_network_mode (container), ==, "");
  g_assert_cmpint (lading_container_get_created (container), ==, 0);
  labels = lading_container_get_labels (container);
  g_assert_cmpuint (g_hash_table_size (labels), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (labels, "a"), ==, "1");

  container = g_ptr_array_index (containers, 2);
  g_assert_cmpint (lading_container_get_created (container), ==, 0);
  assert_strv (lading_container_get_volume_names (container), "a,b");
}

/* The element parser of test_models_list_in_halves: which threads parse. */
typedef struct
{
  GMutex      lock;
  GHashTable *threads;
} SeenThreads;

static gpointer
parse_name_noting_thread (JsonObject  *object,
                          gpointer     user_data,
                          GError     **error)
{
  SeenThreads *seen = user_data;
  GObject *element = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data_full (element, "name", g_strdup (_lading_json_get_string (object, "Name")),
                          g_free);
  g_mutex_lock (&seen->lock);
  g_hash_table_add (seen->threads, g_thread_self ());
  g_mutex_unlock (&seen->lock);

  return element;
}

/* The names @bytes lists, in order; @n_threads is how many threads parsed. */
static GStrv
parse_names (GBytes *bytes,
             guint  *n_threads)
{
  SeenThreads seen = { .threads = g_hash_table_new (NULL, NULL) };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GError) error = NULL;

  elements = _lading_json_parse_list (bytes, "elements", parse_name_noting_thread, &seen, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < elements->len; i++)
    g_strv_builder_add (names, g_object_get_data (g_ptr_array_index (elements, i), "name"));

  *n_threads = g_hash_table_size (seen.threads);
  g_hash_table_unref (seen.threads);
  return g_strv_builder_end (names);
}

/* An element name with an odd number of escaped quotes: a split that does
 * not know escapes loses track of where strings end. */
#define TRICKY_NAME "e-%04u \\\"}, [{\\\\"

/* Long lists are parsed in two halves at once (lading-json.c).  The split
 * must fall between elements whatever their strings hold: a split inside a
 * string makes the halves fail, and the list is parsed again in one thread. */
static void
test_models_list_in_halves (void)
{
  const guint n_elements = 1000;
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GBytes) long_list = NULL;
  g_autoptr(GBytes) short_list = NULL;
  g_auto(GStrv) names = NULL;
  guint n_threads;

  for (guint i = 0; i < n_elements; i++)
    g_string_append_printf (json, "%s{\"Name\":\"" TRICKY_NAME "\",\"Pad\":\"%064u\"}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (json, "]");
  long_list = g_bytes_new (json->str, json->len);

  names = parse_names (long_list, &n_threads);
  g_assert_cmpuint (g_strv_length (names), ==, n_elements);
  for (guint i = 0; i < n_elements; i++)
    {
      g_autofree char *name = g_strdup_printf ("e-%04u \"}, [{\\", i);

      g_assert_cmpstr (names[i], ==, name);
    }
  g_assert_cmpuint (n_threads, ==, 2);
  g_clear_pointer (&names, g_strfreev);

  short_list = bytes_from_string ("[{\"Name\":\"e-0000\"}]");
  names = parse_names (short_list, &n_threads);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_assert_cmpuint (n_threads, ==, 1);
}

/* Cut off, or not an array: a long reply fails as a short one does. */
static void
test_models_long_list_errors (void)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "%s{\"Id\":\"%064u\"}", i > 0 ? "," : "", i);
  g_string_append (json, "]");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) containers = NULL;
      g_autoptr(GError) error = NULL;

      bytes = i == 0 ? g_bytes_new (json->str, json->len - 2)
                     : g_bytes_new_take (g_strdup_printf ("{\"x\":%s}", json->str), json->len + 6);
      containers = _lading_container_list_parse (bytes, RECORDED_AT, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_null (containers);
    }
}

static void
test_models_not_a_list (void)
{
  static const char *bodies[] = {
    "{}", "\"containers\"", "null", "42", "", "   ", "[", "{\"Volumes\":[]}x", "\xff\xfe",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (bodies[i]);
      g_autoptr(GPtrArray) containers = NULL;
      g_autoptr(GPtrArray) images = NULL;
      g_autoptr(GPtrArray) networks = NULL;
      g_autoptr(GError) error = NULL;

      containers = _lading_container_list_parse (bytes, RECORDED_AT, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_null (containers);
      g_clear_error (&error);

      images = _lading_image_list_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_null (images);
      g_clear_error (&error);

      networks = _lading_network_list_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_null (networks);
    }
}

static void
test_models_not_an_object (void)
{
  static const char *bodies[] = { "[]", "[{\"Id\":\"x\",\"Name\":\"x\"}]", "\"x\"", "", "{\"Id\":5}" };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (bodies[i]);
      g_autoptr(LadingContainer) container = NULL;
      g_autoptr(LadingImage) image = NULL;
      g_autoptr(LadingVolume) volume = NULL;
      g_autoptr(LadingNetwork) network = NULL;
      g_autoptr(GError) error = NULL;

      container = _lading_container_inspect_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_clear_error (&error);
      image = _lading_image_inspect_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_clear_error (&error);
      volume = _lading_volume_inspect_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_clear_error (&error);
      network = _lading_network_inspect_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_true (container == NULL && image == NULL && volume == NULL && network == NULL);
    }
}

static LadingContainer *
parse_one_container (const char *json,
                     gint64      now)
{
  g_autoptr(GBytes) bytes = bytes_from_string (json);
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(GError) error = NULL;

  containers = _lading_container_list_parse (bytes, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (containers->len, ==, 1);

  return g_object_ref (g_ptr_array_index (containers, 0));
}

#define WEB_JSON(names, state, status, labels) \
  "[{\"Id\":\"2101914093a6\",\"Names\":[\"" names "\"],\"Image\":\"lading-fixture\"," \
  "\"Command\":\"sleep 100000\",\"Created\":1795839648,\"State\":\"" state "\"," \
  "\"Status\":\"" status "\",\"Labels\":" labels ",\"Mounts\":[" \
  "{\"Type\":\"volume\",\"Name\":\"demo_data\"},{\"Type\":\"volume\",\"Name\":\"cache\"}]}]"

static void
test_models_container_assign (void)
{
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(LadingContainer) same = NULL;
  g_autoptr(LadingContainer) exited = NULL;
  NotifyLog log;

  container = parse_one_container (WEB_JSON ("/web", "running", "Up 3 minutes",
                                             "{\"a\":\"1\",\"b\":\"2\"}"),
                                  RECORDED_AT);
  notify_log_watch (&log, container);

  /* Equal content in new strings and a new table with its keys in another
   * order: nothing to tell. */
  same = parse_one_container (WEB_JSON ("/web", "running", "Up 3 minutes",
                                        "{\"b\":\"2\",\"a\":\"1\"}"),
                              RECORDED_AT);
  _lading_container_assign (container, same);
  notify_log_check (&log, "");

  exited = parse_one_container (WEB_JSON ("/web-renamed", "exited", "Exited (137) 2 minutes ago",
                                          "{\"a\":\"1\",\"b\":\"3\"}"),
                                RECORDED_AT);
  _lading_container_assign (container, exited);
  notify_log_check (&log, "exit-code,finished-at,labels,name,state");
  g_assert_cmpstr (lading_container_get_name (container), ==, "web-renamed");
  g_assert_cmpint (lading_container_get_exit_code (container), ==, 137);
  g_assert_cmpint (lading_container_get_finished_at (container), ==, RECORDED_AT - 120);
  /* The list does not say when an exited container started; keep what we knew. */
  g_assert_cmpint (lading_container_get_started_at (container), ==, RECORDED_AT - 180);
  g_assert_cmpstr (g_hash_table_lookup (lading_container_get_labels (container), "b"), ==, "3");

  _lading_container_assign (container, exited);
  notify_log_check (&log, "");

  notify_log_clear (&log, container);
}

#define DEMO_WEB_JSON(status) \
  "[{\"Id\":\"2101914093a6bb8c6b81aab7ca48f4b60ebaa595c31054a138c3b96a1904ad27\"," \
  "\"Names\":[\"/demo-web-1\"],\"Image\":\"lading-fixture\",\"ImageID\":" \
  "\"sha256:cf7338c0c6ef01d97bfc5459392f1b6f1d350874ce75051963559e52ddd833b2\"," \
  "\"Command\":\"sleep 100000\",\"Created\":1795839648,\"State\":\"running\"," \
  "\"Status\":\"" status "\",\"HostConfig\":{\"NetworkMode\":\"none\"}," \
  "\"NetworkSettings\":{\"Networks\":{\"none\":{}}}," \
  "\"Labels\":{\"com.docker.compose.project\":\"demo\",\"com.docker.compose.service\":\"web\"}," \
  "\"Mounts\":[{\"Type\":\"volume\",\"Name\":\"demo_data\"}]}]"

static void
test_models_container_assign_times (void)
{
  g_autoptr(GBytes) running = lading_test_load_data ("container-inspect-running.json");
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(LadingContainer) vague = NULL;
  g_autoptr(LadingContainer) wrong = NULL;
  NotifyLog log;

  container = container_from (running);
  g_assert_cmpint (lading_container_get_started_at (container), ==, RECORDED_AT - 21);
  notify_log_watch (&log, container);

  /* Listed 50 s later the engine says "Up About a minute": started 60 to 120 s
   * before.  The exact time from inspect agrees with that and stays. */
  vague = parse_one_container (DEMO_WEB_JSON ("Up About a minute"), RECORDED_AT + 50);
  g_assert_cmpint (lading_container_get_started_at (vague), ==, RECORDED_AT - 10);
  _lading_container_assign (container, vague);
  g_assert_cmpint (lading_container_get_started_at (container), ==, RECORDED_AT - 21);
  notify_log_check (&log, "");

  /* A text that contradicts it means the container was started again. */
  wrong = parse_one_container (DEMO_WEB_JSON ("Up 3 minutes"), RECORDED_AT + 50);
  _lading_container_assign (container, wrong);
  g_assert_cmpint (lading_container_get_started_at (container), ==, RECORDED_AT - 130);
  notify_log_check (&log, "started-at");

  notify_log_clear (&log, container);
}

static void
test_models_image_list (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("images-list.json");
  g_autoptr(GPtrArray) images = NULL;
  g_autoptr(GError) error = NULL;
  LadingImage *image;

  images = _lading_image_list_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (images->len, ==, 3);

  image = g_ptr_array_index (images, 0);
  g_assert_cmpstr (lading_image_get_id (image), ==,
                   "sha256:507f361923e8147e2916c5a0250eac08f8a069c7903dbea5c3a1a1ce9e4d1e07");
  g_assert_cmpstr (lading_image_get_short_id (image), ==, "507f361923e8");
  g_assert_true (lading_image_get_dangling (image));
  g_assert_cmpstr (lading_image_get_repository (image), ==, "<none>");
  g_assert_cmpstr (lading_image_get_tag (image), ==, "<none>");
  g_assert_cmpstr (lading_image_get_display_name (image), ==, "<none>");
  g_assert_null (lading_image_get_repo_tags (image)[0]);
  g_assert_cmpint (lading_image_get_size (image), ==, 1985472);
  g_assert_cmpint (lading_image_get_created (image), ==, 1795839648);
  g_assert_cmpuint (lading_image_get_containers (image), ==, 0);
  g_assert_cmpstr (g_hash_table_lookup (lading_image_get_labels (image), "build"), ==, "one");

  image = g_ptr_array_index (images, 1);
  g_assert_false (lading_image_get_dangling (image));
  g_assert_cmpstr (lading_image_get_display_name (image), ==, "lading-demo:1.0");
  g_assert_cmpstr (lading_image_get_repository (image), ==, "lading-demo");
  g_assert_cmpstr (lading_image_get_tag (image), ==, "1.0");

  image = g_ptr_array_index (images, 2);
  assert_strv (lading_image_get_repo_tags (image),
               "lading-fixture:latest,localhost:5000/lading/fixture:v2");
  g_assert_cmpstr (lading_image_get_repository (image), ==, "lading-fixture");
  g_assert_cmpstr (lading_image_get_tag (image), ==, "latest");
  g_assert_cmpuint (g_hash_table_size (lading_image_get_labels (image)), ==, 0);
}

static void
test_models_image_tags (void)
{
  static const struct
  {
    const char *repo_tags;
    const char *repository;
    const char *tag;
    const char *display_name;
    gboolean    dangling;
  } cases[] = {
    { "null", "<none>", "<none>", "<none>", TRUE },
    { "[]", "<none>", "<none>", "<none>", TRUE },
    { "[\"<none>:<none>\"]", "<none>", "<none>", "<none>", TRUE },
    { "[7, \"\"]", "<none>", "<none>", "<none>", TRUE },
    { "[\"localhost:5000/x:tag\"]", "localhost:5000/x", "tag", "localhost:5000/x:tag", FALSE },
    { "[\"localhost:5000/x\"]", "localhost:5000/x", "<none>", "localhost:5000/x", FALSE },
    { "[\"<none>:<none>\", \"a/b:c\"]", "a/b", "c", "a/b:c", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("[{\"Id\":\"sha256:0123456789abcdef\","
                                               "\"RepoTags\":%s}]", cases[i].repo_tags);
      g_autoptr(GBytes) bytes = bytes_from_string (json);
      g_autoptr(GPtrArray) images = images_from (bytes);
      LadingImage *image;

      g_assert_cmpuint (images->len, ==, 1);
      image = g_ptr_array_index (images, 0);
      g_assert_cmpstr (lading_image_get_repository (image), ==, cases[i].repository);
      g_assert_cmpstr (lading_image_get_tag (image), ==, cases[i].tag);
      g_assert_cmpstr (lading_image_get_display_name (image), ==, cases[i].display_name);
      g_assert_cmpint (lading_image_get_dangling (image), ==, cases[i].dangling);
      g_assert_cmpstr (lading_image_get_short_id (image), ==, "0123456789ab");
    }
}

static void
test_models_image_inspect_assign (void)
{
  g_autoptr(GBytes) list = lading_test_load_data ("images-list.json");
  g_autoptr(GBytes) inspect = lading_test_load_data ("image-inspect.json");
  g_autoptr(GBytes) retagged = bytes_from_string (
    "[{\"Id\":\"sha256:507f361923e8147e2916c5a0250eac08f8a069c7903dbea5c3a1a1ce9e4d1e07\","
    "\"RepoTags\":[\"lading-demo:old\"],\"Created\":1795839648,\"Size\":1985472,"
    "\"Labels\":{\"org.opencontainers.image.title\":\"demo\",\"build\":\"one\"}}]");
  g_autoptr(GPtrArray) images = images_from (list);
  g_autoptr(GPtrArray) changed = images_from (retagged);
  g_autoptr(LadingImage) image = NULL;
  g_autoptr(GError) error = NULL;
  LadingImage *dangling;
  NotifyLog log;

  image = _lading_image_inspect_parse (inspect, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_image_get_id (image), ==, lading_image_get_id (images->pdata[1]));
  g_assert_cmpint (lading_image_get_created (image), ==, 1795839648);
  g_assert_cmpint (lading_image_get_size (image), ==, 1985472);
  g_assert_cmpstr (lading_image_get_display_name (image), ==, "lading-demo:1.0");
  g_assert_cmpstr (g_hash_table_lookup (lading_image_get_labels (image), "build"), ==, "two");

  /* Inspect and list agree on everything they both carry. */
  notify_log_watch (&log, image);
  _lading_image_assign (image, images->pdata[1]);
  notify_log_check (&log, "");
  notify_log_clear (&log, image);

  dangling = images->pdata[0];
  notify_log_watch (&log, dangling);
  _lading_image_set_containers (dangling, 2);
  _lading_image_set_containers (dangling, 2);
  notify_log_check (&log, "containers");
  _lading_image_assign (dangling, changed->pdata[0]);
  notify_log_check (&log, "dangling,display-name,repo-tags,repository,tag");
  g_assert_cmpuint (lading_image_get_containers (dangling), ==, 2);
  notify_log_clear (&log, dangling);
}

static void
assert_strv_is (const char * const *strv,
                const char         *joined)
{
  g_autofree char *text = g_strjoinv (",", (char **)strv);

  g_assert_cmpstr (text, ==, joined);
}

/* An inspect's config and platform; a listed image has none. */
static void
test_models_image_config (void)
{
  g_autoptr(GBytes) inspect = lading_test_load_data ("image-inspect.json");
  g_autoptr(GBytes) list = lading_test_load_data ("images-list.json");
  g_autoptr(GBytes) edited = bytes_from_string (
    "{\"Id\":\"sha256:1\",\"Os\":\"linux\",\"Architecture\":\"arm64\",\"Variant\":\"v8\","
    "\"RepoDigests\":[\"demo@sha256:2\"],\"Config\":{\"Entrypoint\":[\"/init\",\"--\"],"
    "\"Cmd\":null,\"ExposedPorts\":{\"8080/tcp\":{},\"53/udp\":{}},"
    "\"Volumes\":{\"/var/lib/data\":{},\"/cache\":{}},\"WorkingDir\":\"/srv\",\"User\":\"app\"}}");
  g_autoptr(GBytes) bare = bytes_from_string ("{\"Id\":\"sha256:3\"}");
  g_autoptr(LadingImage) image = NULL;
  g_autoptr(LadingImage) edited_image = NULL;
  g_autoptr(LadingImage) bare_image = NULL;
  g_autoptr(GPtrArray) images = images_from (list);
  g_autofree char *platform = NULL;
  g_autofree char *edited_platform = NULL;
  LadingImageConfig *config;

  image = _lading_image_inspect_parse (inspect, NULL);
  config = lading_image_get_config (image);
  g_assert_nonnull (config);
  assert_strv_is (lading_image_config_get_cmd (config), "sh");
  assert_strv_is (lading_image_config_get_entrypoint (config), "");
  assert_strv_is (lading_image_config_get_env (config),
                  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
  assert_strv_is (lading_image_config_get_exposed_ports (config), "");
  assert_strv_is (lading_image_config_get_repo_digests (config), "");
  g_assert_cmpstr (lading_image_config_get_working_dir (config), ==, "");
  platform = lading_image_config_dup_platform (config);
  g_assert_cmpstr (platform, ==, "linux/amd64");

  edited_image = _lading_image_inspect_parse (edited, NULL);
  config = lading_image_get_config (edited_image);
  assert_strv_is (lading_image_config_get_entrypoint (config), "/init,--");
  assert_strv_is (lading_image_config_get_cmd (config), "");
  assert_strv_is (lading_image_config_get_exposed_ports (config), "53/udp,8080/tcp");
  assert_strv_is (lading_image_config_get_volumes (config), "/cache,/var/lib/data");
  assert_strv_is (lading_image_config_get_repo_digests (config), "demo@sha256:2");
  g_assert_cmpstr (lading_image_config_get_working_dir (config), ==, "/srv");
  g_assert_cmpstr (lading_image_config_get_user (config), ==, "app");
  edited_platform = lading_image_config_dup_platform (config);
  g_assert_cmpstr (edited_platform, ==, "linux/arm64/v8");

  /* Without a Config, everything is empty rather than NULL. */
  bare_image = _lading_image_inspect_parse (bare, NULL);
  config = lading_image_get_config (bare_image);
  assert_strv_is (lading_image_config_get_cmd (config), "");
  g_assert_cmpstr (lading_image_config_get_os (config), ==, "");
  {
    g_autofree char *no_platform = lading_image_config_dup_platform (config);

    g_assert_cmpstr (no_platform, ==, "");
  }

  g_assert_null (lading_image_get_config (images->pdata[0]));
}

#define DF_DEMO_ID "sha256:c996cf1ccd2100abfa98bd7100d02926f93a4c3224b0c87ab1d1aa779444229e"
#define DF_FIXTURE_ID "sha256:1d14983fc378d22df9ebbc6cbad1bd33e9a1d44c3387cac02b3b3bfbb138894e"

/* The fixture and an image built on it share the fixture's layers. */
/* Hand-written: what the test engine cannot make (data in containers,
 * volumes nobody uses, build cache records). */
#define DF_EDITED \
  "{\"LayersSize\":0,\"Images\":[]," \
  "\"Containers\":[{\"State\":\"running\",\"SizeRw\":10},{\"State\":\"paused\",\"SizeRw\":20}," \
  "{\"State\":\"exited\",\"SizeRw\":40}]," \
  "\"Volumes\":[{\"Name\":\"used\",\"UsageData\":{\"RefCount\":2,\"Size\":200}}," \
  "{\"Name\":\"free\",\"UsageData\":{\"RefCount\":0,\"Size\":100}}," \
  "{\"Name\":\"unknown\",\"UsageData\":{\"RefCount\":0,\"Size\":-1}}]," \
  "\"BuildCache\":[{\"Size\":1000,\"InUse\":true},{\"Size\":2000}," \
  "{\"Size\":500,\"Shared\":true}]}"

static void
assert_total (const LadingDiskUsageTotal *total,
              guint                       count,
              guint                       active,
              gint64                      size,
              gint64                      reclaimable)
{
  g_assert_cmpuint (total->count, ==, count);
  g_assert_cmpuint (total->active, ==, active);
  g_assert_cmpint (total->size, ==, size);
  g_assert_cmpint (total->reclaimable, ==, reclaimable);
}

static void
test_models_disk_usage (void)
{
  LadingDiskUsageTotal total;
  g_autoptr(GBytes) bytes = lading_test_load_data ("system-df.json");
  g_autoptr(LadingDiskUsage) usage = NULL;
  g_autoptr(GError) error = NULL;

  usage = _lading_disk_usage_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lading_disk_usage_get_layers_size (usage), ==, 1985478);
  g_assert_cmpint (lading_disk_usage_get_image_shared_size (usage, DF_DEMO_ID), ==, 1985472);
  g_assert_cmpint (lading_disk_usage_get_image_shared_size (usage, DF_FIXTURE_ID), ==, 1985472);
  g_assert_cmpint (lading_disk_usage_get_image_shared_size (usage, "sha256:0000"), ==, -1);
  g_assert_cmpint (lading_disk_usage_get_volume_size (usage, "shop_data"), ==, 4234);
  g_assert_cmpint (lading_disk_usage_get_volume_size (usage, "gone"), ==, -1);
  /* A container that wrote nothing has no SizeRw: 0 bytes. */
  g_assert_cmpint (lading_disk_usage_get_container_size (usage,
                                                         "6e8a980af43be076c0fea6c3fe132403"
                                                         "e63a4e228a80701f700226a8e00724ab"), ==, 0);
  g_assert_cmpint (lading_disk_usage_get_container_size (usage, "0000"), ==, -1);

  /* The fixture is in use and all of df-demo's layers but its RUN are the
   * fixture's: only those 6 bytes would go. */
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_IMAGES, &total);
  assert_total (&total, 2, 1, 1985478, 6);
  /* Three run, one exited; none wrote anything (no SizeRw). */
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_CONTAINERS, &total);
  assert_total (&total, 4, 3, 0, 0);
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_VOLUMES, &total);
  assert_total (&total, 1, 1, 4234, 0);
  /* BuildCache is null. */
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_BUILD_CACHE, &total);
  assert_total (&total, 0, 0, 0, 0);

  g_clear_object (&usage);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static (DF_EDITED, strlen (DF_EDITED));
  usage = _lading_disk_usage_parse (bytes, &error);
  g_assert_no_error (error);
  /* A volume of unknown size counts, but not its bytes. */
  g_assert_cmpint (lading_disk_usage_get_volume_size (usage, "unknown"), ==, -1);
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_VOLUMES, &total);
  assert_total (&total, 3, 1, 300, 100);
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_CONTAINERS, &total);
  assert_total (&total, 3, 2, 70, 40);
  /* The shared record is counted by the one that owns it. */
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_BUILD_CACHE, &total);
  assert_total (&total, 3, 1, 3000, 2000);

  g_clear_object (&usage);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("[1]", 3);
  usage = _lading_disk_usage_parse (bytes, &error);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
  g_assert_null (usage);
}

static void
test_models_image_search (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("images-search.json");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  LadingSearchResult *result;

  results = _lading_search_results_parse (bytes, &error);
  g_assert_no_error (error);
  /* The entry without a name is skipped; the order is the registry's. */
  g_assert_cmpuint (results->len, ==, 4);

  result = g_ptr_array_index (results, 0);
  g_assert_cmpstr (lading_search_result_get_name (result), ==, "busybox");
  g_assert_cmpstr (lading_search_result_get_description (result), ==, "Busybox base image.");
  g_assert_cmpint (lading_search_result_get_star_count (result), ==, 3412);
  g_assert_true (lading_search_result_get_official (result));

  result = g_ptr_array_index (results, 1);
  g_assert_cmpstr (lading_search_result_get_name (result), ==, "radial/busyboxplus");
  g_assert_true (g_str_has_suffix (lading_search_result_get_description (result),
                                   "git and cURL flavors."));
  g_assert_false (lading_search_result_get_official (result));

  result = g_ptr_array_index (results, 2);
  g_assert_cmpstr (lading_search_result_get_description (result), ==, "");
  g_assert_cmpint (lading_search_result_get_star_count (result), ==, 0);

  result = g_ptr_array_index (results, 3);
  g_assert_cmpstr (lading_search_result_get_name (result), ==, "odd/no-description");
  g_assert_cmpstr (lading_search_result_get_description (result), ==, "");

  g_clear_pointer (&results, g_ptr_array_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("{\"message\":\"no\"}", 16);
  results = _lading_search_results_parse (bytes, &error);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
  g_assert_null (results);
}

static void
test_models_image_history (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("image-history.json");
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  LadingImageLayer *step;

  steps = _lading_image_history_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 10);

  /* Newest first, tagged with the image it ends. */
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (lading_image_layer_get_instruction (step), ==, "CMD [\"cat /version\"]");
  g_assert_true (lading_image_layer_get_empty (step));
  g_assert_cmpstr (lading_image_layer_get_tags (step)[0], ==, "lading-history-demo:1.0");
  g_assert_true (g_str_has_prefix (lading_image_layer_get_id (step), "sha256:"));
  g_assert_cmpint (lading_image_layer_get_created (step), >, 1700000000);

  step = g_ptr_array_index (steps, 2);
  g_assert_cmpstr (lading_image_layer_get_instruction (step), ==,
                   "COPY file:df0633d31ba8ef089c7b5fc92469467bc7b6249fb560d56406b5de7ffaedbedb in /note.txt");
  g_assert_false (lading_image_layer_get_empty (step));

  step = g_ptr_array_index (steps, 4);
  g_assert_cmpstr (lading_image_layer_get_instruction (step), ==,
                   "RUN echo \"$VERSION\" > /version && touch /ready");
  g_assert_true (g_str_has_prefix (lading_image_layer_get_created_by (step), "|1 VERSION=1 "));
  g_assert_null (lading_image_layer_get_tags (step)[0]);

  step = g_ptr_array_index (steps, 8);
  g_assert_cmpstr (lading_image_layer_get_instruction (step), ==, "/bin/busybox --install -s /bin");

  step = g_ptr_array_index (steps, 9);
  g_assert_cmpint (lading_image_layer_get_size (step), ==, 1982256);
}

static void
test_models_image_instruction (void)
{
  static const char * const cases[][2] = {
    { "/bin/sh -c #(nop)  ENV PATH=/bin", "ENV PATH=/bin" },
    { "/bin/sh -c #(nop) ADD file:abc in / ", "ADD file:abc in /" },
    { "/bin/sh -c apk add curl", "RUN apk add curl" },
    { "|2 A=1 B=two /bin/sh -c make install", "RUN make install" },
    { "RUN /bin/sh -c apk add --no-cache curl # buildkit", "RUN apk add --no-cache curl" },
    { "RUN |1 VERSION=2 /bin/sh -c echo $VERSION # buildkit", "RUN echo $VERSION" },
    { "RUN /bin/busybox --install # buildkit", "RUN /bin/busybox --install" },
    { "COPY . /src # buildkit", "COPY . /src" },
    { "WORKDIR /src", "WORKDIR /src" },
    { "sh", "sh" },
    { "", "" },
  };
  g_autofree char *none = lading_image_layer_instruction_from_created_by (NULL);

  g_assert_cmpstr (none, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *instruction = lading_image_layer_instruction_from_created_by (cases[i][0]);

      g_assert_cmpstr (instruction, ==, cases[i][1]);
    }
}

static void
test_models_volume_list (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("volumes-list.json");
  g_autoptr(GBytes) inspect = lading_test_load_data ("volume-inspect.json");
  g_autoptr(GPtrArray) volumes = NULL;
  g_autoptr(LadingVolume) inspected = NULL;
  g_autoptr(GError) error = NULL;
  LadingVolume *volume;
  NotifyLog log;

  volumes = _lading_volume_list_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (volumes->len, ==, 3);

  volume = find_by (volumes, "name", "demo_data");
  g_assert_cmpstr (lading_volume_get_driver (volume), ==, "local");
  g_assert_cmpstr (lading_volume_get_scope (volume), ==, "local");
  g_assert_true (g_str_has_suffix (lading_volume_get_mountpoint (volume), "/volumes/demo_data/_data"));
  g_assert_cmpint (lading_volume_get_created (volume), ==, 1795839648);
  g_assert_cmpstr (lading_volume_get_compose_project (volume), ==, "demo");
  g_assert_cmpuint (g_hash_table_size (lading_volume_get_labels (volume)), ==, 2);
  g_assert_cmpuint (lading_volume_get_containers (volume), ==, 0);
  g_assert_null (lading_volume_get_used_by (volume)[0]);

  volume = find_by (volumes, "name", "plain-volume");
  g_assert_null (lading_volume_get_compose_project (volume));
  g_assert_cmpuint (g_hash_table_size (lading_volume_get_labels (volume)), ==, 0);

  inspected = _lading_volume_inspect_parse (inspect, &error);
  g_assert_no_error (error);
  volume = find_by (volumes, "name", "demo_data");
  notify_log_watch (&log, volume);
  _lading_volume_assign (volume, inspected);
  notify_log_check (&log, "");
  notify_log_clear (&log, volume);
}

static void
test_models_volume_shapes (void)
{
  static const char *empty[] = {
    "{\"Volumes\":null,\"Warnings\":null}", "{\"Volumes\":[]}",
    "{\"Volumes\":[5,{\"Driver\":\"local\"},{\"Name\":7}]}",
  };
  static const char *wrong[] = { "[]", "{}", "{\"Volumes\":5}", "{\"Volumes\":{}}", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (empty[i]);
      g_autoptr(GPtrArray) volumes = NULL;
      g_autoptr(GError) error = NULL;

      volumes = _lading_volume_list_parse (bytes, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (volumes->len, ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GBytes) bytes = bytes_from_string (wrong[i]);
      g_autoptr(GPtrArray) volumes = NULL;
      g_autoptr(GError) error = NULL;

      volumes = _lading_volume_list_parse (bytes, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_null (volumes);
    }
}

static void
test_models_volume_used_by (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("volume-inspect.json");
  g_autoptr(LadingVolume) volume = volume_from (bytes);
  const char *two[] = { "a", "b", NULL };
  const char *other_two[] = { "a", "c", NULL };
  guint containers;
  NotifyLog log;

  notify_log_watch (&log, volume);

  _lading_volume_set_used_by (volume, two);
  notify_log_check (&log, "containers,used-by");
  g_object_get (volume, "containers", &containers, NULL);
  g_assert_cmpuint (containers, ==, 2);

  _lading_volume_set_used_by (volume, two);
  notify_log_check (&log, "");

  _lading_volume_set_used_by (volume, other_two);
  notify_log_check (&log, "used-by");
  assert_strv (lading_volume_get_used_by (volume), "a,c");

  _lading_volume_set_used_by (volume, NULL);
  notify_log_check (&log, "containers,used-by");
  g_assert_cmpuint (lading_volume_get_containers (volume), ==, 0);

  notify_log_clear (&log, volume);
}

static void
test_models_network_list (void)
{
  g_autoptr(GBytes) bytes = lading_test_load_data ("networks-list.json");
  g_autoptr(GBytes) edited = lading_test_load_data ("networks-list-edited.json");
  g_autoptr(GBytes) inspect = lading_test_load_data ("network-inspect.json");
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(LadingNetwork) host = NULL;
  g_autoptr(GError) error = NULL;
  LadingNetwork *network;
  NotifyLog log;

  networks = _lading_network_list_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (networks->len, ==, 2);
  network = find_by (networks, "name", "none");
  g_assert_cmpstr (lading_network_get_id (network), ==,
                   "82c7e0cee284355b364a11ee701defbe25b5aaf3571cd716585732dd22d28fa4");
  g_assert_cmpstr (lading_network_get_short_id (network), ==, "82c7e0cee284");
  g_assert_cmpstr (lading_network_get_driver (network), ==, "null");
  g_assert_cmpstr (lading_network_get_scope (network), ==, "local");
  g_assert_cmpstr (lading_network_get_subnet (network), ==, "");
  g_assert_cmpint (lading_network_get_created (network), ==, 1795839627);
  g_assert_false (lading_network_get_internal (network));
  g_clear_pointer (&networks, g_ptr_array_unref);

  networks = _lading_network_list_parse (edited, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (networks->len, ==, 4);
  network = find_by (networks, "name", "demo_default");
  g_assert_cmpstr (lading_network_get_subnet (network), ==, "172.18.0.0/16, fd00:dead:beef::/48");
  g_assert_cmpint (lading_network_get_created (network), ==, 1795839630);
  g_assert_true (lading_network_get_internal (network));
  g_assert_cmpstr (lading_network_get_driver (network), ==, "bridge");
  g_assert_cmpuint (g_hash_table_size (lading_network_get_labels (network)), ==, 2);
  network = find_by (networks, "name", "legacy");
  g_assert_cmpstr (lading_network_get_subnet (network), ==, "");
  g_assert_cmpuint (g_hash_table_size (lading_network_get_labels (network)), ==, 0);

  host = _lading_network_inspect_parse (inspect, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_network_get_name (host), ==, "host");
  network = find_by (networks, "name", "host");
  notify_log_watch (&log, network);
  _lading_network_assign (network, host);
  notify_log_check (&log, "");
  notify_log_clear (&log, network);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/models/human-duration", test_models_human_duration);
  g_test_add_func ("/api/models/container-status", test_models_container_status);
  g_test_add_func ("/api/models/container-status-created", test_models_container_status_created);
  g_test_add_func ("/api/models/parse-time", test_models_parse_time);
  g_test_add_func ("/api/models/container-list", test_models_container_list);
  g_test_add_func ("/api/models/container-properties", test_models_container_properties);
  g_test_add_func ("/api/models/container-ports", test_models_container_ports);
  g_test_add_func ("/api/models/container-inspect", test_models_container_inspect);
  g_test_add_func ("/api/models/container-inspect-times", test_models_container_inspect_times);
  g_test_add_func ("/api/models/container-bad-elements", test_models_container_bad_elements);
  g_test_add_func ("/api/models/list-in-halves", test_models_list_in_halves);
  g_test_add_func ("/api/models/long-list-errors", test_models_long_list_errors);
  g_test_add_func ("/api/models/not-a-list", test_models_not_a_list);
  g_test_add_func ("/api/models/not-an-object", test_models_not_an_object);
  g_test_add_func ("/api/models/container-assign", test_models_container_assign);
  g_test_add_func ("/api/models/container-assign-times", test_models_container_assign_times);
  g_test_add_func ("/api/models/image-list", test_models_image_list);
  g_test_add_func ("/api/models/image-tags", test_models_image_tags);
  g_test_add_func ("/api/models/image-inspect-assign", test_models_image_inspect_assign);
  g_test_add_func ("/api/models/image-config", test_models_image_config);
  g_test_add_func ("/api/models/image-history", test_models_image_history);
  g_test_add_func ("/api/models/image-search", test_models_image_search);
  g_test_add_func ("/api/models/disk-usage", test_models_disk_usage);
  g_test_add_func ("/api/models/image-instruction", test_models_image_instruction);
  g_test_add_func ("/api/models/volume-list", test_models_volume_list);
  g_test_add_func ("/api/models/volume-shapes", test_models_volume_shapes);
  g_test_add_func ("/api/models/volume-used-by", test_models_volume_used_by);
  g_test_add_func ("/api/models/network-list", test_models_network_list);

  return g_test_run ();
}
