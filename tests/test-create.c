/* test-create.c
 *
 * Containers created from a #LadingRunSpec on the private engine: every
 * field arrives as the engine's inspect shows it, and the refusals come
 * back as the errors the run dialog puts on its fields.  Volumes are made
 * and removed the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine.h"
#include "lading-test-util.h"

#define NAME "lading-test-create"
#define VOLUME "lading-test-create-data"

static char *
create (LadingEngine         *engine,
        const LadingRunSpec  *spec,
        GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_create_container_async (engine, spec, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the create");

  return lading_engine_create_container_finish (engine, result, error);
}

static LadingRunSpec *
spec_new (void)
{
  LadingRunSpec *spec = lading_run_spec_new ("lading-fixture:latest");

  spec->name = g_strdup (NAME);
  g_assert_cmpint (lading_run_input_parse_command ("sh -c 'echo \"$GREETING\"; sleep 600'",
                                                   &spec->command), ==, LADING_RUN_INPUT_OK);
  g_ptr_array_add (spec->env, g_strdup ("GREETING=hello world"));
  g_hash_table_insert (spec->labels, g_strdup ("io.github.lading.test"), g_strdup ("create"));
  lading_run_spec_add_mount (spec, LADING_MOUNT_VOLUME, VOLUME, "/data", FALSE);
  lading_run_spec_add_mount (spec, LADING_MOUNT_TMPFS, NULL, "/scratch", FALSE);
  spec->network = g_strdup ("none");
  spec->restart_policy = g_strdup ("unless-stopped");
  spec->memory = 64 * 1024 * 1024;
  spec->nano_cpus = 500000000;
  spec->user = g_strdup ("1000:1000");
  spec->working_dir = g_strdup ("/data");
  spec->tty = TRUE;
  spec->interactive = TRUE;

  return spec;
}

/* Created as specified, then started like `docker run -d`. */
static void
test_create_and_start (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingRunSpec) spec = spec_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) inspect = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;
  JsonObject *object, *config, *host;
  JsonArray *mounts;
  guint status = 0;

  id = create (engine, spec, &error);
  g_assert_no_error (error);
  lading_test_container_action (id, "start", 204);

  path = g_strdup_printf ("/containers/%s/json", id);
  inspect = lading_test_api ("GET", path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  object = json_node_get_object (inspect);
  config = json_object_get_object_member (object, "Config");
  host = json_object_get_object_member (object, "HostConfig");

  g_assert_cmpstr (json_object_get_string_member (object, "Name"), ==, "/" NAME);
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (object, "State"),
                                                 "Running"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (config, "Cmd"),
                                                  2), ==, "echo \"$GREETING\"; sleep 600");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (config, "Env"),
                                                  0), ==, "GREETING=hello world");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (config,
                                                                                  "Labels"),
                                                  "io.github.lading.test"), ==, "create");
  g_assert_cmpstr (json_object_get_string_member (config, "User"), ==, "1000:1000");
  g_assert_cmpstr (json_object_get_string_member (config, "WorkingDir"), ==, "/data");
  g_assert_true (json_object_get_boolean_member (config, "Tty"));
  g_assert_true (json_object_get_boolean_member (config, "OpenStdin"));
  g_assert_cmpstr (json_object_get_string_member (host, "NetworkMode"), ==, "none");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (host,
                                                                                  "RestartPolicy"),
                                                  "Name"), ==, "unless-stopped");
  g_assert_cmpint (json_object_get_int_member (host, "Memory"), ==, 64 * 1024 * 1024);
  g_assert_cmpint (json_object_get_int_member (host, "NanoCpus"), ==, 500000000);

  mounts = json_object_get_array_member (object, "Mounts");
  g_assert_cmpuint (json_array_get_length (mounts), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *mount = json_array_get_object_element (mounts, i);
      const char *type = json_object_get_string_member (mount, "Type");

      if (g_str_equal (type, "volume"))
        g_assert_cmpstr (json_object_get_string_member (mount, "Name"), ==, VOLUME);
      else
        g_assert_cmpstr (type, ==, "tmpfs");
    }

  lading_test_remove_container (id);
  g_clear_pointer (&inspect, json_node_unref);
  inspect = lading_test_api ("DELETE", "/volumes/" VOLUME, NULL, &status);
  g_assert_cmpuint (status, ==, 204);
}

/* A name in use and an image that is not there come back as the errors
 * the dialog puts on those fields; nothing is created. */
static void
test_refusals (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingRunSpec) first = lading_run_spec_new ("lading-fixture:latest");
  g_autoptr(LadingRunSpec) same_name = lading_run_spec_new ("lading-fixture:latest");
  g_autoptr(LadingRunSpec) no_image = lading_run_spec_new ("lading-no-such-image:1");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  first->name = g_strdup (NAME "-taken");
  first->network = g_strdup ("none");
  same_name->name = g_strdup (NAME "-taken");
  same_name->network = g_strdup ("none");
  no_image->network = g_strdup ("none");

  id = create (engine, first, &error);
  g_assert_no_error (error);
  second = create (engine, same_name, &error);
  g_assert_null (second);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_clear_error (&error);
  third = create (engine, no_image, &error);
  g_assert_null (third);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);

  lading_test_remove_container (id);
}

static LadingVolume *
create_volume (LadingEngine  *engine,
               const char    *name,
               GHashTable    *options,
               GHashTable    *labels,
               GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_create_volume_async (engine, name, NULL, options, labels, NULL,
                                     lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the volume create");

  return lading_engine_create_volume_finish (engine, result, error);
}

static gboolean
remove_volume (LadingEngine  *engine,
               const char    *name,
               GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_remove_volume_async (engine, name, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the volume remove");

  return lading_engine_remove_volume_finish (engine, result, error);
}

/* A volume gets its driver options and labels; one a container mounts is
 * not removed, and says so; without a name the engine picks one. */
static void
test_volume (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GHashTable) options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(LadingRunSpec) spec = lading_run_spec_new ("lading-fixture:latest");
  g_autoptr(LadingVolume) volume = NULL;
  g_autoptr(LadingVolume) anonymous = NULL;
  g_autoptr(JsonNode) inspect = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  JsonObject *object;
  guint status = 0;

  g_hash_table_insert (options, g_strdup ("type"), g_strdup ("tmpfs"));
  g_hash_table_insert (options, g_strdup ("device"), g_strdup ("tmpfs"));
  g_hash_table_insert (options, g_strdup ("o"), g_strdup ("size=1m"));
  g_hash_table_insert (labels, g_strdup ("io.github.lading.test"), g_strdup ("volume"));
  volume = create_volume (engine, VOLUME, options, labels, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_volume_get_name (volume), ==, VOLUME);
  g_assert_cmpstr (lading_volume_get_driver (volume), ==, "local");
  g_assert_cmpstr (g_hash_table_lookup (lading_volume_get_labels (volume),
                                        "io.github.lading.test"), ==, "volume");

  inspect = lading_test_api ("GET", "/volumes/" VOLUME, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  object = json_object_get_object_member (json_node_get_object (inspect), "Options");
  g_assert_cmpstr (json_object_get_string_member (object, "o"), ==, "size=1m");
  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, "tmpfs");

  spec->network = g_strdup ("none");
  lading_run_spec_add_mount (spec, LADING_MOUNT_VOLUME, VOLUME, "/data", FALSE);
  id = create (engine, spec, &error);
  g_assert_no_error (error);
  g_assert_false (remove_volume (engine, VOLUME, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_clear_error (&error);

  lading_test_remove_container (id);
  g_assert_true (remove_volume (engine, VOLUME, &error));
  g_assert_no_error (error);
  g_assert_false (remove_volume (engine, VOLUME, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  anonymous = create_volume (engine, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (lading_volume_get_name (anonymous)), ==, 64);
  g_assert_true (remove_volume (engine, lading_volume_get_name (anonymous), &error));
  g_assert_no_error (error);
}

#define NETWORK "lading-test-create-net"
#define OTHER_NETWORK "lading-test-create-net-2"

static char *
create_network (LadingEngine             *engine,
                const LadingNetworkSpec  *spec,
                GError                  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_create_network_async (engine, spec, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the network create");

  return lading_engine_create_network_finish (engine, result, error);
}

static void
network_call (LadingEngine *engine,
              const char   *what,
              const char   *network,
              const char   *container,
              GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  const char * const aliases[] = { "api", "api.internal", NULL };

  if (g_str_equal (what, "connect"))
    lading_engine_connect_network_async (engine, network, container, aliases, NULL,
                                         lading_test_keep_result_cb, &result);
  else if (g_str_equal (what, "disconnect"))
    lading_engine_disconnect_network_async (engine, network, container, NULL,
                                            lading_test_keep_result_cb, &result);
  else
    lading_engine_remove_network_async (engine, network, NULL, lading_test_keep_result_cb,
                                        &result);
  lading_test_await_result (&result, what);

  if (g_str_equal (what, "connect"))
    lading_engine_connect_network_finish (engine, result, error);
  else if (g_str_equal (what, "disconnect"))
    lading_engine_disconnect_network_finish (engine, result, error);
  else
    lading_engine_remove_network_finish (engine, result, error);
}

/* An internal network gets its subnet, gateway and labels; a second of
 * the same name is refused; a container connects with its aliases and
 * disconnects; a network with a running container on it is not removed
 * (one with a stopped container is: the Networks page asks first). */
static void
test_network (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingNetworkSpec) spec = lading_network_spec_new (NETWORK);
  g_autoptr(LadingNetworkSpec) other = lading_network_spec_new (OTHER_NETWORK);
  g_autoptr(LadingRunSpec) run = lading_run_spec_new ("lading-fixture:latest");
  g_autoptr(JsonNode) inspect = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *other_id = NULL;
  g_autofree char *duplicate = NULL;
  g_autofree char *container = NULL;
  g_autofree char *path = NULL;
  JsonObject *object, *config, *endpoint;
  JsonArray *aliases;
  guint status = 0;

  spec->internal = TRUE;
  spec->subnet = g_strdup ("10.199.0.0/24");
  spec->gateway = g_strdup ("10.199.0.1");
  g_hash_table_insert (spec->labels, g_strdup ("io.github.lading.test"), g_strdup ("network"));
  id = create_network (engine, spec, &error);
  g_assert_no_error (error);

  inspect = lading_test_api ("GET", "/networks/" NETWORK, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  object = json_node_get_object (inspect);
  g_assert_cmpstr (json_object_get_string_member (object, "Id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (object, "Driver"), ==, "bridge");
  g_assert_true (json_object_get_boolean_member (object, "Internal"));
  config = json_array_get_object_element (
             json_object_get_array_member (json_object_get_object_member (object, "IPAM"),
                                           "Config"), 0);
  g_assert_cmpstr (json_object_get_string_member (config, "Subnet"), ==, "10.199.0.0/24");
  g_assert_cmpstr (json_object_get_string_member (config, "Gateway"), ==, "10.199.0.1");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "Labels"),
                                                  "io.github.lading.test"), ==, "network");

  duplicate = create_network (engine, spec, &error);
  g_assert_null (duplicate);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_clear_error (&error);

  other->internal = TRUE;
  other_id = create_network (engine, other, &error);
  g_assert_no_error (error);

  /* Containers here stay on internal networks: they reach nothing else. */
  run->network = g_strdup (NETWORK);
  g_assert_cmpint (lading_run_input_parse_command ("sleep 600", &run->command), ==,
                   LADING_RUN_INPUT_OK);
  container = create (engine, run, &error);
  g_assert_no_error (error);
  lading_test_container_action (container, "start", 204);
  network_call (engine, "connect", OTHER_NETWORK, container, &error);
  g_assert_no_error (error);

  g_clear_pointer (&inspect, json_node_unref);
  path = g_strdup_printf ("/containers/%s/json", container);
  inspect = lading_test_api ("GET", path, NULL, &status);
  endpoint = json_object_get_object_member (
               json_object_get_object_member (
                 json_object_get_object_member (json_node_get_object (inspect),
                                                "NetworkSettings"), "Networks"),
               OTHER_NETWORK);
  g_assert_nonnull (endpoint);
  aliases = json_object_get_array_member (endpoint, "Aliases");
  g_assert_cmpstr (json_array_get_string_element (aliases, 0), ==, "api");
  g_assert_cmpstr (json_array_get_string_element (aliases, 1), ==, "api.internal");

  network_call (engine, "disconnect", OTHER_NETWORK, container, &error);
  g_assert_no_error (error);
  network_call (engine, "disconnect", OTHER_NETWORK, container, &error);
  g_assert_nonnull (error);
  g_clear_error (&error);

  network_call (engine, "remove", NETWORK, NULL, &error);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  lading_test_remove_container (container);
  network_call (engine, "remove", NETWORK, NULL, &error);
  g_assert_no_error (error);
  network_call (engine, "remove", other_id, NULL, &error);
  g_assert_no_error (error);
  network_call (engine, "remove", NETWORK, NULL, &error);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/create/create-and-start", test_create_and_start);
  g_test_add_func ("/integration/create/refusals", test_refusals);
  g_test_add_func ("/integration/create/volume", test_volume);
  g_test_add_func ("/integration/create/network", test_network);

  return g_test_run ();
}
