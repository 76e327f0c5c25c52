/* test-container-info.c
 *
 * The details page's reading of recorded inspect replies: ports, mounts,
 * networks, labels, environment, restart policy and the health log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-container-info.h"
#include "lading-engine-error.h"

static LadingContainerInfo *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  LadingContainerInfo *info;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  info = lading_container_info_new_from_json (json_parser_get_root (parser), &error);
  g_assert_no_error (error);
  g_assert_nonnull (info);

  return info;
}

static LadingContainerInfo *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(JsonNode) root = json_from_string (text, NULL);

  g_assert_nonnull (root);

  return lading_container_info_new_from_json (root, error);
}

static void
test_container_info_command (void)
{
  g_autoptr(LadingContainerInfo) info = load_fixture ("container-inspect-details-edited.json");
  const char *entrypoint[] = { "sh", "-c", NULL };
  const char *cmd[] = { "echo started; exec sleep 100000", NULL };

  g_assert_cmpstr (info->image, ==, "lading-fixture:latest");
  g_assert_true (g_str_has_prefix (info->image_id, "sha256:"));
  g_assert_cmpstrv (info->entrypoint, entrypoint);
  g_assert_cmpstrv (info->cmd, cmd);
  g_assert_null (info->working_dir);
  /* 2026-11-28T04:52:12.605857011Z and 04:52:13.22…; never stopped. */
  g_assert_cmpint (info->created, ==, 1795841532);
  g_assert_cmpint (info->started_at, ==, 1795841533);
  g_assert_cmpint (info->finished_at, ==, 0);
  g_assert_cmpstr (info->restart_policy, ==, "on-failure");
  g_assert_cmpint (info->restart_max_retries, ==, 5);
  g_assert_cmpint (info->restart_count, ==, 0);
  g_assert_false (info->oom_killed);
  g_assert_null (info->error);
  g_assert_false (info->tty);
  g_assert_false (info->open_stdin);
}

/* `docker run -it`: logs and attach are raw, and attach may write. */
static void
test_container_info_tty (void)
{
  g_autoptr(LadingContainerInfo) info = load_fixture ("container-inspect-tty.json");

  g_assert_true (info->tty);
  g_assert_true (info->open_stdin);
}

static void
test_container_info_ports (void)
{
  g_autoptr(LadingContainerInfo) info = load_fixture ("container-inspect-details-edited.json");
  LadingPortInfo *dns, *web;

  /* The IPv4 and IPv6 bindings of 8080 are one port; 53/udp is exposed only. */
  g_assert_cmpuint (info->ports->len, ==, 2);
  dns = g_ptr_array_index (info->ports, 0);
  web = g_ptr_array_index (info->ports, 1);

  g_assert_cmpstr (dns->container_port, ==, "53/udp");
  g_assert_cmpuint (dns->number, ==, 53);
  g_assert_null (dns->host_ip);
  g_assert_cmpuint (dns->host_port, ==, 0);

  g_assert_cmpstr (web->container_port, ==, "80/tcp");
  g_assert_cmpuint (web->number, ==, 80);
  g_assert_cmpstr (web->host_ip, ==, "0.0.0.0");
  g_assert_cmpuint (web->host_port, ==, 8080);
}

/* A stopped container has no live bindings; the configured ones stand in. */
static void
test_container_info_ports_configured (void)
{
  g_autoptr(LadingContainerInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  LadingPortInfo *port;

  info = parse_text ("{\"Id\":\"x\","
                     "\"Config\":{\"ExposedPorts\":{\"443/tcp\":{},\"80/tcp\":{}}},"
                     "\"HostConfig\":{\"PortBindings\":"
                     "{\"80/tcp\":[{\"HostIp\":\"\",\"HostPort\":\"8000\"}]}},"
                     "\"NetworkSettings\":{\"Ports\":{}}}",
                     &error);
  g_assert_no_error (error);

  g_assert_cmpuint (info->ports->len, ==, 2);
  port = g_ptr_array_index (info->ports, 0);
  g_assert_cmpstr (port->container_port, ==, "80/tcp");
  g_assert_cmpuint (port->host_port, ==, 8000);
  port = g_ptr_array_index (info->ports, 1);
  g_assert_cmpstr (port->container_port, ==, "443/tcp");
  g_assert_cmpuint (port->host_port, ==, 0);
}

/* Running without live bindings (network "none"): nothing is published. */
static void
test_container_info_ports_unbound (void)
{
  g_autoptr(LadingContainerInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  LadingPortInfo *port;

  info = parse_text ("{\"Id\":\"x\",\"State\":{\"Running\":true},"
                     "\"Config\":{\"ExposedPorts\":{\"80/tcp\":{}}},"
                     "\"HostConfig\":{\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"8000\"}]}},"
                     "\"NetworkSettings\":{\"Ports\":{}}}",
                     &error);
  g_assert_no_error (error);

  g_assert_cmpuint (info->ports->len, ==, 1);
  port = g_ptr_array_index (info->ports, 0);
  g_assert_cmpstr (port->container_port, ==, "80/tcp");
  g_assert_null (port->host_ip);
  g_assert_cmpuint (port->host_port, ==, 0);
}

static void
test_container_info_mounts_networks (void)
{
  g_autoptr(LadingContainerInfo) info = load_fixture ("container-inspect-details-edited.json");
  LadingNetworkInfo *network;
  LadingMountInfo *mount;

  /* Sorted by where they appear inside the container. */
  g_assert_cmpuint (info->mounts->len, ==, 3);
  mount = g_ptr_array_index (info->mounts, 0);
  g_assert_cmpstr (mount->type, ==, "volume");
  g_assert_cmpstr (mount->source, ==, "details_cache");
  g_assert_cmpstr (mount->destination, ==, "/cache");
  g_assert_false (mount->read_only);
  mount = g_ptr_array_index (info->mounts, 1);
  g_assert_cmpstr (mount->type, ==, "tmpfs");
  g_assert_null (mount->source);
  g_assert_cmpstr (mount->destination, ==, "/run/tmp");
  mount = g_ptr_array_index (info->mounts, 2);
  g_assert_cmpstr (mount->type, ==, "bind");
  g_assert_cmpstr (mount->source, ==, "/tmp/d-bind");
  g_assert_true (mount->read_only);

  g_assert_cmpuint (info->networks->len, ==, 1);
  network = g_ptr_array_index (info->networks, 0);
  g_assert_cmpstr (network->name, ==, "shop_default");
  g_assert_cmpstr (network->ip_address, ==, "172.18.0.2");
  g_assert_cmpstr (network->gateway, ==, "172.18.0.1");
}

static void
test_container_info_labels_env (void)
{
  g_autoptr(LadingContainerInfo) info = load_fixture ("container-inspect-details-edited.json");
  LadingKeyValue *pair;

  g_assert_cmpuint (info->labels->len, ==, 3);
  pair = g_ptr_array_index (info->labels, 0);
  g_assert_cmpstr (pair->key, ==, "com.docker.compose.project");
  g_assert_cmpstr (pair->value, ==, "shop");
  pair = g_ptr_array_index (info->labels, 2);
  g_assert_cmpstr (pair->key, ==, "org.example.owner");
  g_assert_cmpstr (pair->value, ==, "team <web> & co");

  /* In the order they were configured; an empty value stays empty. */
  g_assert_cmpuint (info->env->len, ==, 4);
  pair = g_ptr_array_index (info->env, 0);
  g_assert_cmpstr (pair->key, ==, "DATABASE_PASSWORD");
  g_assert_cmpstr (pair->value, ==, "hunter2");
  pair = g_ptr_array_index (info->env, 2);
  g_assert_cmpstr (pair->key, ==, "EMPTY");
  g_assert_cmpstr (pair->value, ==, "");
  pair = g_ptr_array_index (info->env, 3);
  g_assert_cmpstr (pair->key, ==, "PATH");
}

static void
test_container_info_health (void)
{
  g_autoptr(LadingContainerInfo) info = load_fixture ("container-inspect-details-edited.json");
  g_autoptr(LadingContainerInfo) plain = load_fixture ("container-inspect-exited.json");
  LadingHealthCheck *check;

  g_assert_cmpint (info->health, ==, LADING_CONTAINER_HEALTH_HEALTHY);
  g_assert_cmpint (info->failing_streak, ==, 0);
  g_assert_cmpuint (info->health_log->len, ==, 3);
  check = g_ptr_array_index (info->health_log, 2);
  g_assert_cmpstr (check->output, ==, "checked at 1795841536\n");
  g_assert_cmpint (check->exit_code, ==, 0);
  g_assert_cmpint (check->started_at, ==, 1795841536);
  g_assert_cmpint (check->finished_at, >=, check->started_at);

  g_assert_cmpint (plain->health, ==, LADING_CONTAINER_HEALTH_NONE);
  g_assert_cmpuint (plain->health_log->len, ==, 0);
  g_assert_cmpuint (plain->ports->len, ==, 0);
  g_assert_cmpstr (plain->restart_policy, ==, "no");
}

/* Every fixture the engine recorded reads, whatever state it was in. */
static void
test_container_info_fixtures (void)
{
  const char *names[] = {
    "container-inspect-created.json", "container-inspect-exited.json",
    "container-inspect-healthy.json", "container-inspect-paused.json",
    "container-inspect-running.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LadingContainerInfo) info = load_fixture (names[i]);

      g_assert_cmpstr (info->image, ==, "lading-fixture");
      g_assert_cmpuint (info->networks->len, ==, 1);
      g_assert_cmpuint (g_strv_length (info->cmd), >, 0);
    }
}

static void
test_container_info_malformed (void)
{
  const char *bad[] = { "[]", "{}", "{\"Id\":3}", "\"text\"" };
  g_autoptr(LadingContainerInfo) odd = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;

      g_assert_null (parse_text (bad[i], &local_error));
      g_assert_error (local_error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
    }

  /* Members of the wrong type are taken as missing, not trusted. */
  odd = parse_text ("{\"Id\":\"x\",\"Config\":{\"Env\":[\"A=1\",7,null],\"Cmd\":\"ls\"},"
                    "\"State\":{\"Health\":{\"Status\":\"bogus\",\"Log\":[1,{\"Output\":2}]}},"
                    "\"Mounts\":[{\"Type\":\"bind\"},3],"
                    "\"NetworkSettings\":{\"Ports\":{\"x/tcp\":null,\"80/tcp\":[7]},"
                    "\"Networks\":[]},"
                    "\"HostConfig\":{\"RestartPolicy\":{\"Name\":\"\"}}}",
                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (odd->env->len, ==, 1);
  g_assert_cmpuint (g_strv_length (odd->cmd), ==, 0);
  g_assert_cmpint (odd->health, ==, LADING_CONTAINER_HEALTH_NONE);
  g_assert_cmpuint (odd->health_log->len, ==, 1);
  g_assert_cmpstr (((LadingHealthCheck *)g_ptr_array_index (odd->health_log, 0))->output, ==, "");
  g_assert_cmpuint (odd->mounts->len, ==, 0);
  g_assert_cmpuint (odd->networks->len, ==, 0);
  g_assert_cmpuint (odd->ports->len, ==, 1);
  g_assert_cmpstr (odd->restart_policy, ==, "no");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/container-info/command", test_container_info_command);
  g_test_add_func ("/api/container-info/tty", test_container_info_tty);
  g_test_add_func ("/api/container-info/ports", test_container_info_ports);
  g_test_add_func ("/api/container-info/ports-configured", test_container_info_ports_configured);
  g_test_add_func ("/api/container-info/ports-unbound", test_container_info_ports_unbound);
  g_test_add_func ("/api/container-info/mounts-networks", test_container_info_mounts_networks);
  g_test_add_func ("/api/container-info/labels-env", test_container_info_labels_env);
  g_test_add_func ("/api/container-info/health", test_container_info_health);
  g_test_add_func ("/api/container-info/fixtures", test_container_info_fixtures);
  g_test_add_func ("/api/container-info/malformed", test_container_info_malformed);

  return g_test_run ();
}
