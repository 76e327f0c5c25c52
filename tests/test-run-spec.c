/* test-run-spec.c
 *
 * A container to create as the engine's create request takes it, and as
 * the `docker run` line that makes the same one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-run-spec.h"

static void
add_port (LadingRunSpec *spec,
          const char    *text)
{
  LadingPortBinding binding;

  g_assert_cmpint (lading_run_input_parse_port (text, &binding), ==, LADING_RUN_INPUT_OK);
  g_array_append_val (spec->ports, binding);
}

static LadingRunSpec *
full_spec_new (void)
{
  LadingRunSpec *spec = lading_run_spec_new ("lading-fixture:latest");

  spec->name = g_strdup ("shop-web");
  g_assert_cmpint (lading_run_input_parse_command ("sh -c 'echo \"hi there\"'", &spec->command), ==,
                   LADING_RUN_INPUT_OK);
  g_ptr_array_add (spec->env, g_strdup ("MODE=production"));
  g_ptr_array_add (spec->env, g_strdup ("GREETING=hello world"));
  g_hash_table_insert (spec->labels, g_strdup ("team"), g_strdup ("shop"));
  g_hash_table_insert (spec->labels, g_strdup ("app"), g_strdup ("web"));
  add_port (spec, "8080:80");
  add_port (spec, "127.0.0.1:8443:80");
  add_port (spec, "[::1]::53/udp");
  lading_run_spec_add_mount (spec, LADING_MOUNT_VOLUME, "shop_data", "/data", FALSE);
  lading_run_spec_add_mount (spec, LADING_MOUNT_BIND, "/srv/shop", "/srv", TRUE);
  lading_run_spec_add_mount (spec, LADING_MOUNT_TMPFS, NULL, "/tmp", FALSE);
  spec->network = g_strdup ("none");
  spec->restart_policy = g_strdup ("on-failure");
  spec->max_retries = 3;
  spec->memory = 512 * 1024 * 1024;
  spec->nano_cpus = 1500000000;
  spec->user = g_strdup ("1000:1000");
  spec->working_dir = g_strdup ("/srv");
  spec->tty = TRUE;
  spec->interactive = TRUE;
  spec->auto_remove = TRUE;

  return spec;
}

/* Every field lands where the engine reads it. */
static void
test_json (void)
{
  g_autoptr(LadingRunSpec) spec = full_spec_new ();
  g_autoptr(JsonNode) root = lading_run_spec_to_json (spec);
  JsonObject *object = json_node_get_object (root);
  JsonObject *host = json_object_get_object_member (object, "HostConfig");
  JsonObject *bindings = json_object_get_object_member (host, "PortBindings");
  JsonArray *port_80 = json_object_get_array_member (bindings, "80/tcp");
  JsonArray *mounts = json_object_get_array_member (host, "Mounts");
  JsonObject *bind = json_array_get_object_element (mounts, 1);
  JsonObject *restart = json_object_get_object_member (host, "RestartPolicy");

  g_assert_cmpstr (json_object_get_string_member (object, "Image"), ==, "lading-fixture:latest");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (object, "Cmd"),
                                                  2), ==, "echo \"hi there\"");
  g_assert_false (json_object_has_member (object, "Entrypoint"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "Env")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object,
                                                                                  "Labels"),
                                                  "team"), ==, "shop");
  g_assert_true (json_object_has_member (json_object_get_object_member (object, "ExposedPorts"),
                                         "53/udp"));
  g_assert_true (json_object_get_boolean_member (object, "Tty"));
  g_assert_true (json_object_get_boolean_member (object, "OpenStdin"));
  g_assert_cmpstr (json_object_get_string_member (object, "User"), ==, "1000:1000");

  /* One container port published twice is one key with two bindings. */
  g_assert_cmpuint (json_object_get_size (bindings), ==, 2);
  g_assert_cmpuint (json_array_get_length (port_80), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (port_80, 0),
                                                  "HostPort"), ==, "8080");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (port_80, 1),
                                                  "HostIp"), ==, "127.0.0.1");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (bindings,
                                                                                  "53/udp"), 0),
                     "HostPort"), ==, "");

  g_assert_cmpuint (json_array_get_length (mounts), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (bind, "Type"), ==, "bind");
  g_assert_true (json_object_get_boolean_member (bind, "ReadOnly"));
  g_assert_false (json_object_has_member (json_array_get_object_element (mounts, 2), "Source"));
  g_assert_cmpstr (json_object_get_string_member (host, "NetworkMode"), ==, "none");
  g_assert_cmpstr (json_object_get_string_member (restart, "Name"), ==, "on-failure");
  g_assert_cmpint (json_object_get_int_member (restart, "MaximumRetryCount"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (host, "Memory"), ==, 512 * 1024 * 1024);
  g_assert_cmpint (json_object_get_int_member (host, "NanoCpus"), ==, 1500000000);
  g_assert_true (json_object_get_boolean_member (host, "AutoRemove"));
}

/* The same container as `docker run` would make it, quoted for a shell. */
static void
test_command_line (void)
{
  g_autoptr(LadingRunSpec) spec = full_spec_new ();
  g_autoptr(LadingRunSpec) plain = lading_run_spec_new ("busybox");
  g_autoptr(LadingRunSpec) no_entrypoint = lading_run_spec_new ("busybox");
  g_autofree char *line = lading_run_spec_dup_command_line (spec);
  g_autoptr(LadingRunSpec) copy = lading_run_spec_copy (spec);
  g_autofree char *copy_line = lading_run_spec_dup_command_line (copy);
  g_autofree char *plain_line = lading_run_spec_dup_command_line (plain);
  g_autofree char *no_entrypoint_line = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) argv = NULL;

  g_assert_cmpstr (line, ==,
                   "docker run -d -it --rm --name shop-web -p 8080:80 -p 127.0.0.1:8443:80 "
                   "-p '[::1]::53/udp' -e MODE=production -e 'GREETING=hello world' "
                   "-l app=web -l team=shop --mount type=volume,source=shop_data,target=/data "
                   "--mount type=bind,source=/srv/shop,target=/srv,readonly "
                   "--mount type=tmpfs,target=/tmp --network none --restart on-failure:3 "
                   "--memory 512m --cpus 1.5 --user 1000:1000 --workdir /srv "
                   "lading-fixture:latest sh -c 'echo \"hi there\"'");
  g_assert_cmpstr (copy_line, ==, line);
  /* A shell splits it back into the same words. */
  g_assert_true (g_shell_parse_argv (line, NULL, &argv, NULL));
  g_assert_cmpstrv (argv, ((const char * const []) {
    "docker", "run", "-d", "-it", "--rm", "--name", "shop-web", "-p", "8080:80",
    "-p", "127.0.0.1:8443:80", "-p", "[::1]::53/udp", "-e", "MODE=production",
    "-e", "GREETING=hello world", "-l", "app=web", "-l", "team=shop",
    "--mount", "type=volume,source=shop_data,target=/data",
    "--mount", "type=bind,source=/srv/shop,target=/srv,readonly",
    "--mount", "type=tmpfs,target=/tmp", "--network", "none", "--restart", "on-failure:3",
    "--memory", "512m", "--cpus", "1.5", "--user", "1000:1000", "--workdir", "/srv",
    "lading-fixture:latest", "sh", "-c", "echo \"hi there\"", NULL }));
  g_assert_cmpstr (plain_line, ==, "docker run -d busybox");

  /* No entrypoint at all: [""] for the engine, "" for the CLI. */
  no_entrypoint->entrypoint = g_new0 (char *, 1);
  root = lading_run_spec_to_json (no_entrypoint);
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (json_node_get_object (root), "Entrypoint"), 0),
                   ==, "");
  no_entrypoint_line = lading_run_spec_dup_command_line (no_entrypoint);
  g_assert_cmpstr (no_entrypoint_line, ==, "docker run -d --entrypoint '' busybox");

  /* --mount is CSV: a comma in a path is quoted; CPUs keep their digits. */
  lading_run_spec_add_mount (plain, LADING_MOUNT_BIND, "/srv/a,b", "/data", FALSE);
  plain->nano_cpus = 1234567891;
  g_clear_pointer (&plain_line, g_free);
  plain_line = lading_run_spec_dup_command_line (plain);
  g_assert_cmpstr (plain_line, ==, "docker run -d --mount 'type=bind,\"source=/srv/a,b\",target=/data' "
                                   "--cpus 1.234567891 busybox");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/create/run-spec/json", test_json);
  g_test_add_func ("/create/run-spec/command-line", test_command_line);

  return g_test_run ();
}
