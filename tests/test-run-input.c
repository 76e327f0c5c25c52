/* test-run-input.c
 *
 * The checks of the run, volume and network dialogs' fields, by the rules
 * the engine and the docker CLI apply (the engine's refusals were recorded
 * against dockerd 20.10: names of one character, a memory limit under
 * 6 MiB, more CPUs than it has, a /33 subnet, a gateway outside its
 * subnet).  A table of bad inputs: each is refused with a problem that has
 * words, so nothing the engine would refuse is sent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "lading-run-input.h"
#include "lading-run-text.h"

typedef enum
{
  FIELD_NAME,
  FIELD_PORT,
  FIELD_KEY_VALUE,
  FIELD_MEMORY,
  FIELD_CPUS,
  FIELD_COMMAND,
  FIELD_SUBNET,
  FIELD_GATEWAY,
  FIELD_RESTART,
  FIELD_BIND,
  FIELD_TARGET,
  FIELD_USER,
  FIELD_VOLUME,
  FIELD_DRIVER_OPTIONS,   /* the local driver's, NAME=value;NAME=value */
} Field;

/* The engines these tests run against have two CPUs; a gateway is checked
 * against this subnet. */
#define ENGINE_CPUS 2
#define SUBNET "10.10.0.0/24"

static LadingRunInputProblem
check_driver_options (const char *text)
{
  g_autoptr(GHashTable) options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (text, ";", -1);
  const char *bad_key = NULL;
  LadingRunInputProblem problem;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *key = NULL;
      char *value = NULL;

      g_assert_cmpint (lading_run_input_parse_key_value (lines[i], &key, &value), ==,
                       LADING_RUN_INPUT_OK);
      g_hash_table_replace (options, key, value);
    }

  problem = lading_run_input_check_driver_options ("local", options, &bad_key);
  g_assert_true (problem == LADING_RUN_INPUT_OK || g_hash_table_contains (options, bad_key));

  return problem;
}

static LadingRunInputProblem
check (Field       field,
       const char *text)
{
  LadingPortBinding binding;
  LadingRunInputProblem problem;
  g_auto(GStrv) argv = NULL;
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  g_autofree char *policy = NULL;
  gint64 number = 0;
  int retries = 0;

  switch (field)
    {
    case FIELD_NAME:
      return lading_run_input_check_name (text);
    case FIELD_PORT:
      problem = lading_run_input_parse_port (text, &binding);
      lading_port_binding_clear (&binding);
      return problem;
    case FIELD_KEY_VALUE:
      return lading_run_input_parse_key_value (text, &key, &value);
    case FIELD_MEMORY:
      return lading_run_input_parse_memory (text, &number);
    case FIELD_CPUS:
      return lading_run_input_parse_cpus (text, ENGINE_CPUS, &number);
    case FIELD_COMMAND:
      return lading_run_input_parse_command (text, &argv);
    case FIELD_SUBNET:
      return lading_run_input_check_subnet (text);
    case FIELD_GATEWAY:
      return lading_run_input_check_gateway (SUBNET, text);
    case FIELD_RESTART:
      return lading_run_input_parse_restart (text, &policy, &retries);
    case FIELD_BIND:
      return lading_run_input_check_bind (text, TRUE);
    case FIELD_TARGET:
      return lading_run_input_check_target (text);
    case FIELD_VOLUME:
      return lading_run_input_parse_volume (text, TRUE, NULL, NULL, NULL, NULL);
    case FIELD_DRIVER_OPTIONS:
      return check_driver_options (text);
    case FIELD_USER:
    default:
      return lading_run_input_check_user (text);
    }
}

static const struct {
  Field                  field;
  const char            *text;
  LadingRunInputProblem  expected;
} bad_inputs[] = {
  { FIELD_NAME, "", LADING_RUN_INPUT_EMPTY },
  { FIELD_NAME, "a", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "-web", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "_web", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, ".web", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "my web", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "web/1", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "wéb", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "web:1", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_NAME, "web\n", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_PORT, "", LADING_RUN_INPUT_EMPTY },
  { FIELD_PORT, "0", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "65536", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "abc", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "-80", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "+80", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "8080:0", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "99999:80", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "8000-8010:80", LADING_RUN_INPUT_BAD_PORT },
  { FIELD_PORT, "80:80:80", LADING_RUN_INPUT_BAD_ADDRESS },
  { FIELD_PORT, "1:2:3:4", LADING_RUN_INPUT_BAD_PORT_MAPPING },
  { FIELD_PORT, "::1:8080:80", LADING_RUN_INPUT_BAD_PORT_MAPPING },
  { FIELD_PORT, "[::1]8080:80", LADING_RUN_INPUT_BAD_ADDRESS },
  { FIELD_PORT, "[::1:8080:80", LADING_RUN_INPUT_BAD_ADDRESS },
  { FIELD_PORT, "[nope]:8080:80", LADING_RUN_INPUT_BAD_ADDRESS },
  { FIELD_PORT, "[::1]:1:2:3", LADING_RUN_INPUT_BAD_PORT_MAPPING },
  { FIELD_PORT, "[::1]:80", LADING_RUN_INPUT_BAD_PORT_MAPPING },
  { FIELD_PORT, "300.1.1.1:8080:80", LADING_RUN_INPUT_BAD_ADDRESS },
  { FIELD_PORT, "80/http", LADING_RUN_INPUT_BAD_PROTOCOL },
  { FIELD_PORT, "80/", LADING_RUN_INPUT_BAD_PROTOCOL },
  { FIELD_KEY_VALUE, "", LADING_RUN_INPUT_EMPTY },
  { FIELD_KEY_VALUE, "DEBUG", LADING_RUN_INPUT_BAD_KEY_VALUE },
  { FIELD_KEY_VALUE, "=1", LADING_RUN_INPUT_BAD_KEY_VALUE },
  { FIELD_KEY_VALUE, "MY VAR=1", LADING_RUN_INPUT_BAD_KEY_VALUE },
  { FIELD_KEY_VALUE, " KEY=1", LADING_RUN_INPUT_BAD_KEY_VALUE },
  { FIELD_MEMORY, "12xb", LADING_RUN_INPUT_BAD_SIZE },
  { FIELD_MEMORY, "lots", LADING_RUN_INPUT_BAD_SIZE },
  { FIELD_MEMORY, "-5m", LADING_RUN_INPUT_BAD_SIZE },
  { FIELD_MEMORY, "1.2.3m", LADING_RUN_INPUT_BAD_SIZE },
  { FIELD_MEMORY, "5m", LADING_RUN_INPUT_SIZE_TOO_SMALL },
  { FIELD_MEMORY, "1024", LADING_RUN_INPUT_SIZE_TOO_SMALL },
  { FIELD_MEMORY, "99999999999p", LADING_RUN_INPUT_BAD_SIZE },
  { FIELD_CPUS, "two", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_CPUS, "0.001", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_CPUS, "3", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_CPUS, "-1", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_CPUS, "1,5", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_CPUS, ".", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_COMMAND, "sh -c 'echo hi", LADING_RUN_INPUT_BAD_QUOTES },
  { FIELD_COMMAND, "echo \"hi", LADING_RUN_INPUT_BAD_QUOTES },
  { FIELD_COMMAND, "echo hi\\", LADING_RUN_INPUT_BAD_QUOTES },
  { FIELD_SUBNET, "", LADING_RUN_INPUT_EMPTY },
  { FIELD_SUBNET, "10.0.0.0/33", LADING_RUN_INPUT_BAD_SUBNET },
  { FIELD_SUBNET, "10.0.0.0", LADING_RUN_INPUT_BAD_SUBNET },
  { FIELD_SUBNET, "10.0.0/24", LADING_RUN_INPUT_BAD_SUBNET },
  { FIELD_SUBNET, "256.0.0.0/8", LADING_RUN_INPUT_BAD_SUBNET },
  { FIELD_SUBNET, "fd00::/129", LADING_RUN_INPUT_BAD_SUBNET },
  { FIELD_SUBNET, "net/24", LADING_RUN_INPUT_BAD_SUBNET },
  { FIELD_GATEWAY, "10.11.0.1", LADING_RUN_INPUT_BAD_GATEWAY },
  { FIELD_GATEWAY, "fd00::1", LADING_RUN_INPUT_BAD_GATEWAY },
  { FIELD_GATEWAY, "10.10.0", LADING_RUN_INPUT_BAD_ADDRESS },
  { FIELD_RESTART, "sometimes", LADING_RUN_INPUT_BAD_RESTART },
  { FIELD_RESTART, "always:3", LADING_RUN_INPUT_BAD_RESTART },
  { FIELD_RESTART, "on-failure:x", LADING_RUN_INPUT_BAD_RESTART },
  { FIELD_RESTART, "on-failure:-1", LADING_RUN_INPUT_BAD_RESTART },
  { FIELD_BIND, "data", LADING_RUN_INPUT_NOT_ABSOLUTE },
  { FIELD_BIND, "./data", LADING_RUN_INPUT_NOT_ABSOLUTE },
  { FIELD_BIND, "/nonexistent/lading-test-folder", LADING_RUN_INPUT_NO_SUCH_PATH },
  { FIELD_TARGET, "data", LADING_RUN_INPUT_NOT_ABSOLUTE },
  { FIELD_TARGET, "", LADING_RUN_INPUT_EMPTY },
  { FIELD_USER, "a b", LADING_RUN_INPUT_BAD_USER },
  { FIELD_USER, "1000:", LADING_RUN_INPUT_BAD_USER },
  { FIELD_USER, ":1000", LADING_RUN_INPUT_BAD_USER },
  { FIELD_USER, "a:b:c", LADING_RUN_INPUT_BAD_USER },
  { FIELD_VOLUME, "data", LADING_RUN_INPUT_BAD_MOUNT },
  { FIELD_VOLUME, "data:", LADING_RUN_INPUT_BAD_MOUNT },
  { FIELD_VOLUME, "data://", LADING_RUN_INPUT_BAD_MOUNT },
  { FIELD_MEMORY, "\xef\xbc\x95\xef\xbc\x91\xef\xbc\x92m", LADING_RUN_INPUT_BAD_SIZE },
  { FIELD_CPUS, "\xef\xbc\x91", LADING_RUN_INPUT_BAD_CPUS },
  { FIELD_VOLUME, ":/data", LADING_RUN_INPUT_BAD_MOUNT },
  { FIELD_VOLUME, "data:/data:rx", LADING_RUN_INPUT_BAD_MOUNT },
  { FIELD_VOLUME, "a:b:c:d", LADING_RUN_INPUT_BAD_MOUNT },
  { FIELD_VOLUME, "d:/data", LADING_RUN_INPUT_BAD_NAME },
  { FIELD_VOLUME, "data:relative", LADING_RUN_INPUT_NOT_ABSOLUTE },
  { FIELD_VOLUME, "./here:/data", LADING_RUN_INPUT_NOT_ABSOLUTE },
  { FIELD_VOLUME, "/nonexistent/lading-test-folder:/data", LADING_RUN_INPUT_NO_SUCH_PATH },
  { FIELD_DRIVER_OPTIONS, "colour=red", LADING_RUN_INPUT_BAD_DRIVER_OPTION },
  { FIELD_DRIVER_OPTIONS, "type=tmpfs;Device=tmpfs", LADING_RUN_INPUT_BAD_DRIVER_OPTION },
  { FIELD_DRIVER_OPTIONS, "device=tmpfs", LADING_RUN_INPUT_MISSING_DRIVER_OPTION },
  { FIELD_DRIVER_OPTIONS, "type=nfs", LADING_RUN_INPUT_MISSING_DRIVER_OPTION },
  { FIELD_DRIVER_OPTIONS, "o=addr=10.0.0.1;type=nfs", LADING_RUN_INPUT_MISSING_DRIVER_OPTION },
};

/* Every bad input is refused, with words to say why. */
static void
test_bad_inputs (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (bad_inputs), >=, 50);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      LadingRunInputProblem problem = check (bad_inputs[i].field, bad_inputs[i].text);

      if (problem != bad_inputs[i].expected)
        g_error ("\"%s\" (field %d): problem %d, expected %d", bad_inputs[i].text,
                 bad_inputs[i].field, problem, bad_inputs[i].expected);
      g_assert_nonnull (lading_run_text_input_hint (problem));
    }
}

static const struct {
  Field       field;
  const char *text;
} good_inputs[] = {
  { FIELD_NAME, "web" }, { FIELD_NAME, "ab" }, { FIELD_NAME, "shop_db-1.backup" },
  { FIELD_PORT, "80" }, { FIELD_PORT, "8080:80" }, { FIELD_PORT, "53/udp" },
  { FIELD_PORT, "127.0.0.1:8080:80/TCP" }, { FIELD_PORT, "127.0.0.1::80" },
  { FIELD_PORT, "[::1]:8080:80" }, { FIELD_PORT, "65535:1/sctp" },
  /* The engine picks the host port, on every address. */
  { FIELD_PORT, ":80" }, { FIELD_PORT, "::80" },
  { FIELD_KEY_VALUE, "DEBUG=1" }, { FIELD_KEY_VALUE, "EMPTY=" }, { FIELD_KEY_VALUE, "A=b=c" },
  { FIELD_MEMORY, "0" }, { FIELD_MEMORY, "6m" }, { FIELD_MEMORY, "512M" },
  { FIELD_MEMORY, "1.5g" }, { FIELD_MEMORY, "2GiB" }, { FIELD_MEMORY, "1 gb" },
  { FIELD_CPUS, "0" }, { FIELD_CPUS, "0.01" }, { FIELD_CPUS, "1.5" }, { FIELD_CPUS, "2" },
  { FIELD_CPUS, ".5" },
  { FIELD_COMMAND, "" }, { FIELD_COMMAND, "sh -c 'echo \"hi there\"'" },
  { FIELD_SUBNET, "10.10.0.0/24" }, { FIELD_SUBNET, "fd00:1::/64" },
  /* As the engine takes it: the host's bits are dropped. */
  { FIELD_SUBNET, "10.99.0.1/24" }, { FIELD_SUBNET, "10.0.0.0/0" },
  { FIELD_GATEWAY, "10.10.0.1" },
  { FIELD_RESTART, "no" }, { FIELD_RESTART, "always" }, { FIELD_RESTART, "unless-stopped" },
  { FIELD_RESTART, "on-failure" }, { FIELD_RESTART, "on-failure:5" },
  { FIELD_BIND, "/" }, { FIELD_TARGET, "/data" },
  { FIELD_USER, "www-data" }, { FIELD_USER, "1000" }, { FIELD_USER, "1000:1000" },
  { FIELD_VOLUME, "shop_data:/data" }, { FIELD_VOLUME, "/:/host:ro" },
  { FIELD_VOLUME, "shop_data:/data:rw" },
  { FIELD_DRIVER_OPTIONS, "type=tmpfs;device=tmpfs;o=size=1m" },
  { FIELD_DRIVER_OPTIONS, "type=none;device=/srv/data;o=bind" }, { FIELD_DRIVER_OPTIONS, "size=1g" },
};

static void
test_good_inputs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_inputs); i++)
    if (check (good_inputs[i].field, good_inputs[i].text) != LADING_RUN_INPUT_OK)
      g_error ("\"%s\" (field %d) was refused", good_inputs[i].text, good_inputs[i].field);

  g_assert_null (lading_run_text_input_hint (LADING_RUN_INPUT_OK));
}

/* Networks may not share addresses: nested and equal subnets overlap,
 * neighbours and other families do not. */
static void
test_subnets_overlap (void)
{
  g_assert_true (lading_run_input_subnets_overlap ("10.10.0.0/24", "10.10.0.0/24"));
  g_assert_true (lading_run_input_subnets_overlap ("10.10.0.0/24", "10.0.0.0/8"));
  g_assert_true (lading_run_input_subnets_overlap ("10.0.0.0/8", "10.10.3.0/24"));
  g_assert_true (lading_run_input_subnets_overlap ("10.10.0.7/24", "10.10.0.128/25"));
  g_assert_true (lading_run_input_subnets_overlap ("fd00:1::/64", "172.18.0.0/16, fd00::/16"));
  g_assert_false (lading_run_input_subnets_overlap ("10.10.0.0/24", "10.10.1.0/24"));
  g_assert_false (lading_run_input_subnets_overlap ("10.10.0.0/24", "fd00::/8"));
  g_assert_false (lading_run_input_subnets_overlap ("10.10.0.0/24", ""));
  g_assert_false (lading_run_input_subnets_overlap ("nonsense", "10.0.0.0/8"));
}

/* What the good ones read as, for the create request. */
static void
test_values (void)
{
  LadingPortBinding binding;
  g_auto(GStrv) argv = NULL;
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  g_autofree char *policy = NULL;
  gint64 number = 0;
  int retries = 0;

  g_assert_cmpint (lading_run_input_parse_port ("127.0.0.1:8080:80/UDP", &binding), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpstr (binding.host_address, ==, "127.0.0.1");
  g_assert_cmpuint (binding.host_port, ==, 8080);
  g_assert_cmpuint (binding.container_port, ==, 80);
  g_assert_cmpstr (binding.protocol, ==, "udp");
  lading_port_binding_clear (&binding);

  g_assert_cmpint (lading_run_input_parse_port ("[::1]:8080:80", &binding), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpstr (binding.host_address, ==, "::1");
  g_assert_cmpstr (binding.protocol, ==, "tcp");
  lading_port_binding_clear (&binding);

  /* An empty host port: the engine picks one. */
  g_assert_cmpint (lading_run_input_parse_port ("127.0.0.1::80", &binding), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpuint (binding.host_port, ==, 0);
  lading_port_binding_clear (&binding);
  g_assert_cmpint (lading_run_input_parse_port ("80", &binding), ==, LADING_RUN_INPUT_OK);
  g_assert_null (binding.host_address);
  g_assert_cmpuint (binding.host_port, ==, 0);
  lading_port_binding_clear (&binding);

  g_assert_cmpint (lading_run_input_parse_key_value ("A=b=c", &key, &value), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpstr (key, ==, "A");
  g_assert_cmpstr (value, ==, "b=c");

  g_assert_cmpint (lading_run_input_parse_size ("1.5g", &number), ==, LADING_RUN_INPUT_OK);
  g_assert_cmpint (number, ==, 1610612736);
  g_assert_cmpint (lading_run_input_parse_size ("512", &number), ==, LADING_RUN_INPUT_OK);
  g_assert_cmpint (number, ==, 512);
  g_assert_cmpint (lading_run_input_parse_memory ("6m", &number), ==, LADING_RUN_INPUT_OK);
  g_assert_cmpint (number, ==, 6 * 1024 * 1024);

  g_assert_cmpint (lading_run_input_parse_cpus ("1.5", ENGINE_CPUS, &number), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpint (number, ==, 1500000000);
  /* Unknown CPUs: only the engine's floor is checked. */
  g_assert_cmpint (lading_run_input_parse_cpus ("64", 0, &number), ==, LADING_RUN_INPUT_OK);

  g_assert_cmpint (lading_run_input_parse_command ("sh -c 'echo \"hi there\"'", &argv), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpstrv (argv, ((const char * const []) { "sh", "-c", "echo \"hi there\"", NULL }));
  g_clear_pointer (&argv, g_strfreev);
  g_assert_cmpint (lading_run_input_parse_command ("   ", &argv), ==, LADING_RUN_INPUT_OK);
  g_assert_null (argv);

  g_assert_cmpint (lading_run_input_parse_restart ("on-failure:5", &policy, &retries), ==,
                   LADING_RUN_INPUT_OK);
  g_assert_cmpstr (policy, ==, "on-failure");
  g_assert_cmpint (retries, ==, 5);

  /* A remote engine's folders cannot be seen from here. */
  g_assert_cmpint (lading_run_input_check_bind ("/nonexistent/lading-test-folder", FALSE), ==,
                   LADING_RUN_INPUT_OK);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/create/run-input/bad", test_bad_inputs);
  g_test_add_func ("/create/run-input/good", test_good_inputs);
  g_test_add_func ("/create/run-input/values", test_values);
  g_test_add_func ("/create/run-input/subnets-overlap", test_subnets_overlap);

  return g_test_run ();
}
