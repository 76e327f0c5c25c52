/* lading-run-input.c
 *
 * The fields of the run, volume and network dialogs, checked and read the
 * way the docker CLI and the engine read them: `-p` port bindings,
 * KEY=VALUE lines, sizes with units (units.RAMInBytes), CPU counts, shell
 * command lines, CIDR subnets, restart policies, mounts and users.  Each
 * check names the problem, so the dialog says what to fix and nothing the
 * engine would refuse is sent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-run-input"

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "lading-run-input.h"

/* The engine's own floor for a memory limit (daemon/daemon_unix.go). */
#define MIN_MEMORY_BYTES (6 * 1024 * 1024)
#define MAX_PORT 65535

void
lading_port_binding_clear (LadingPortBinding *binding)
{
  g_return_if_fail (binding != NULL);

  g_clear_pointer (&binding->host_address, g_free);
  g_clear_pointer (&binding->protocol, g_free);
  binding->host_port = binding->container_port = 0;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* The engine's RestrictedNamePattern, for containers and volumes alike:
 * two characters at least. */
LadingRunInputProblem
lading_run_input_check_name (const char *name)
{
  if (name == NULL || name[0] == '\0')
    return LADING_RUN_INPUT_EMPTY;

  if (!g_regex_match_simple ("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", name, G_REGEX_DOLLAR_ENDONLY, 0))
    return LADING_RUN_INPUT_BAD_NAME;

  return LADING_RUN_INPUT_OK;
}

/* "8080": 1 to 65535, digits only (no ranges); "" is @empty_ok's 0. */
static gboolean
parse_port_number (const char *text,
                   gboolean    empty_ok,
                   guint      *port)
{
  guint64 value;

  if (text[0] == '\0')
    {
      *port = 0;
      return empty_ok;
    }

  if (!g_ascii_string_to_unsigned (text, 10, 1, MAX_PORT, &value, NULL) || text[0] == '+')
    return FALSE;

  *port = (guint)value;
  return TRUE;
}

/**
 * lading_run_input_parse_port:
 * @text: `[address:][host port:]container port[/protocol]`, an IPv6
 *   address in brackets; an empty host port lets the engine pick one
 * @binding: (out caller-allocates): the binding; clear it with
 *   lading_port_binding_clear()
 */
LadingRunInputProblem
lading_run_input_parse_port (const char        *text,
                             LadingPortBinding *binding)
{
  g_autofree char *copy = NULL;
  g_autofree char *address = NULL;
  g_auto(GStrv) parts = NULL;
  const char *protocol = "tcp";
  char *slash, *rest;
  guint n_parts;

  g_return_val_if_fail (binding != NULL, LADING_RUN_INPUT_EMPTY);

  memset (binding, 0, sizeof *binding);
  if (is_blank (text))
    return LADING_RUN_INPUT_EMPTY;

  copy = g_strstrip (g_strdup (text));
  if ((slash = strrchr (copy, '/')) != NULL)
    {
      *slash = '\0';
      protocol = slash + 1;
      if (g_ascii_strcasecmp (protocol, "tcp") != 0 && g_ascii_strcasecmp (protocol, "udp") != 0 &&
          g_ascii_strcasecmp (protocol, "sctp") != 0)
        return LADING_RUN_INPUT_BAD_PROTOCOL;
    }

  rest = copy;
  if (rest[0] == '[')
    {
      char *close = strchr (rest, ']');

      if (close == NULL || close[1] != ':')
        return LADING_RUN_INPUT_BAD_ADDRESS;
      address = g_strndup (rest + 1, close - rest - 1);
      rest = close + 2;
    }

  parts = g_strsplit (rest, ":", -1);
  n_parts = g_strv_length (parts);
  if (address != NULL ? n_parts != 2 : n_parts > 3)
    return LADING_RUN_INPUT_BAD_PORT_MAPPING;
  /* "::80" names no address: every one, as "80" does. */
  if (address == NULL && n_parts == 3 && parts[0][0] != '\0')
    address = g_strdup (parts[0]);

  if (address != NULL)
    {
      g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (address);

      if (inet == NULL)
        return LADING_RUN_INPUT_BAD_ADDRESS;
    }

  if (!parse_port_number (parts[n_parts - 1], FALSE, &binding->container_port) ||
      (n_parts >= 2 && !parse_port_number (parts[n_parts - 2], TRUE, &binding->host_port)))
    return LADING_RUN_INPUT_BAD_PORT;

  binding->host_address = g_steal_pointer (&address);
  binding->protocol = g_ascii_strdown (protocol, -1);
  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_parse_key_value:
 * @line: `KEY=VALUE`; the value may be empty, the key may not, nor hold
 *   spaces
 * @key: (out) (optional): the key
 * @value: (out) (optional): the value
 */
LadingRunInputProblem
lading_run_input_parse_key_value (const char  *line,
                                  char       **key,
                                  char       **value)
{
  const char *equals;

  if (is_blank (line))
    return LADING_RUN_INPUT_EMPTY;

  equals = strchr (line, '=');
  if (equals == NULL || equals == line)
    return LADING_RUN_INPUT_BAD_KEY_VALUE;
  for (const char *p = line; p < equals; p++)
    if (g_ascii_isspace (*p))
      return LADING_RUN_INPUT_BAD_KEY_VALUE;

  if (key != NULL)
    *key = g_strndup (line, equals - line);
  if (value != NULL)
    *value = g_strdup (equals + 1);
  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_parse_size:
 * @text: "512m", "1.5g", "2GiB", "1024" (bytes): as units.RAMInBytes
 *   reads them, in powers of 1024
 * @bytes: (out): the size
 */
LadingRunInputProblem
lading_run_input_parse_size (const char *text,
                             gint64     *bytes)
{
  static const char units[] = "kmgtp";
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  double value;

  g_return_val_if_fail (bytes != NULL, LADING_RUN_INPUT_EMPTY);

  *bytes = 0;
  if (is_blank (text))
    return LADING_RUN_INPUT_EMPTY;

  /* [0-9], not \d, which takes the digits of other scripts too. */
  regex = g_regex_new ("^\\s*([0-9]+(\\.[0-9]+)?) ?([kKmMgGtTpP])?[iI]?[bB]?\\s*$", 0, 0, NULL);
  if (!g_regex_match (regex, text, 0, &match))
    return LADING_RUN_INPUT_BAD_SIZE;

  number = g_match_info_fetch (match, 1);
  unit = g_match_info_fetch (match, 3);
  value = g_ascii_strtod (number, NULL);
  if (unit != NULL && unit[0] != '\0')
    value *= pow (1024.0, (double)(strchr (units, g_ascii_tolower (unit[0])) - units + 1));

  if (!isfinite (value) || value >= (double)G_MAXINT64)
    return LADING_RUN_INPUT_BAD_SIZE;

  *bytes = (gint64)value;
  return LADING_RUN_INPUT_OK;
}

/* A size, and 0 (no limit) or at least the engine's minimum. */
LadingRunInputProblem
lading_run_input_parse_memory (const char *text,
                               gint64     *bytes)
{
  LadingRunInputProblem problem = lading_run_input_parse_size (text, bytes);

  if (problem == LADING_RUN_INPUT_OK && *bytes != 0 && *bytes < MIN_MEMORY_BYTES)
    return LADING_RUN_INPUT_SIZE_TOO_SMALL;

  return problem;
}

/**
 * lading_run_input_parse_cpus:
 * @text: "1.5": how many CPUs' time the container may take; "0" for no limit
 * @engine_cpus: how many the engine has, or 0 when unknown
 * @nano_cpus: (out): the limit in billionths of a CPU, as HostConfig.NanoCpus
 */
LadingRunInputProblem
lading_run_input_parse_cpus (const char *text,
                             int         engine_cpus,
                             gint64     *nano_cpus)
{
  g_autofree char *copy = NULL;
  double value;

  g_return_val_if_fail (nano_cpus != NULL, LADING_RUN_INPUT_EMPTY);

  *nano_cpus = 0;
  if (is_blank (text))
    return LADING_RUN_INPUT_EMPTY;

  copy = g_strstrip (g_strdup (text));
  /* "1", "1.5", and ".5" as the CLI takes it. */
  if (!g_regex_match_simple ("^([0-9]+(\\.[0-9]+)?|\\.[0-9]+)$", copy, G_REGEX_DOLLAR_ENDONLY, 0))
    return LADING_RUN_INPUT_BAD_CPUS;

  value = g_ascii_strtod (copy, NULL);
  if (value == 0.0)
    return LADING_RUN_INPUT_OK;
  /* The engine's range: a hundredth of one CPU up to all of them. */
  if (value < 0.01 || (engine_cpus > 0 && value > engine_cpus) || value > 1e6)
    return LADING_RUN_INPUT_BAD_CPUS;

  *nano_cpus = (gint64)llround (value * 1e9);
  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_parse_command:
 * @text: a command line, split as a POSIX shell would (quotes, backslashes)
 * @argv: (out) (transfer full): its words, or %NULL when @text is blank:
 *   the image's own command then
 */
LadingRunInputProblem
lading_run_input_parse_command (const char *text,
                                GStrv      *argv)
{
  g_return_val_if_fail (argv != NULL, LADING_RUN_INPUT_EMPTY);

  *argv = NULL;
  if (is_blank (text))
    return LADING_RUN_INPUT_OK;

  if (!g_shell_parse_argv (text, NULL, argv, NULL))
    return LADING_RUN_INPUT_BAD_QUOTES;

  return LADING_RUN_INPUT_OK;
}

/* The engine takes "10.0.0.1/24" for 10.0.0.0/24, where GInetAddressMask
 * wants the bits past the prefix cleared. */
static GInetAddressMask *
mask_new (GInetAddress *address,
          guint         length)
{
  guint8 bytes[16];
  gsize size = g_inet_address_get_native_size (address);
  g_autoptr(GInetAddress) network = NULL;

  memcpy (bytes, g_inet_address_to_bytes (address), size);
  for (gsize i = 0; i < size; i++)
    {
      guint kept = length > i * 8 ? MIN (length - i * 8, 8) : 0;

      bytes[i] &= (guint8)(0xff << (8 - kept));
    }
  network = g_inet_address_new_from_bytes (bytes, g_inet_address_get_family (address));

  return g_inet_address_mask_new (network, length, NULL);
}

static GInetAddressMask *
subnet_new (const char *subnet)
{
  g_autofree char *copy = NULL;
  g_autoptr(GInetAddress) address = NULL;
  guint64 length, max_length;
  char *slash;

  if (is_blank (subnet))
    return NULL;

  /* The engine wants the length written (a bare address is no subnet);
   * GInetAddressMask would warn of one too long for its family. */
  copy = g_strstrip (g_strdup (subnet));
  if ((slash = strchr (copy, '/')) == NULL)
    return NULL;
  *slash = '\0';
  if ((address = g_inet_address_new_from_string (copy)) == NULL)
    return NULL;
  max_length = g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV4 ? 32 : 128;
  if (!g_ascii_string_to_unsigned (slash + 1, 10, 0, max_length, &length, NULL))
    return NULL;

  return mask_new (address, (guint)length);
}

/* "10.0.0.0/24", "fd00:1::/64". */
LadingRunInputProblem
lading_run_input_check_subnet (const char *subnet)
{
  g_autoptr(GInetAddressMask) mask = NULL;

  if (is_blank (subnet))
    return LADING_RUN_INPUT_EMPTY;

  mask = subnet_new (subnet);
  return mask != NULL ? LADING_RUN_INPUT_OK : LADING_RUN_INPUT_BAD_SUBNET;
}

/* An address of @subnet (which must be good), of the same family. */
LadingRunInputProblem
lading_run_input_check_gateway (const char *subnet,
                                const char *gateway)
{
  g_autoptr(GInetAddressMask) mask = subnet_new (subnet);
  g_autoptr(GInetAddress) address = NULL;
  g_autofree char *copy = NULL;

  if (is_blank (gateway))
    return LADING_RUN_INPUT_EMPTY;

  copy = g_strstrip (g_strdup (gateway));
  address = g_inet_address_new_from_string (copy);
  if (address == NULL)
    return LADING_RUN_INPUT_BAD_ADDRESS;
  if (mask == NULL)
    return LADING_RUN_INPUT_BAD_SUBNET;
  if (g_inet_address_get_family (address) != g_inet_address_mask_get_family (mask) ||
      !g_inet_address_mask_matches (mask, address))
    return LADING_RUN_INPUT_BAD_GATEWAY;

  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_parse_restart:
 * @text: "no", "always", "unless-stopped", "on-failure" or "on-failure:N"
 * @policy: (out) (optional): the policy's name
 * @max_retries: (out) (optional): N, 0 for none given
 */
LadingRunInputProblem
lading_run_input_parse_restart (const char  *text,
                                char       **policy,
                                int         *max_retries)
{
  g_autofree char *copy = NULL;
  guint64 retries = 0;
  char *colon;

  if (is_blank (text))
    return LADING_RUN_INPUT_EMPTY;

  copy = g_strstrip (g_strdup (text));
  if ((colon = strchr (copy, ':')) != NULL)
    {
      *colon = '\0';
      if (!g_str_equal (copy, "on-failure") ||
          !g_ascii_string_to_unsigned (colon + 1, 10, 0, G_MAXINT, &retries, NULL))
        return LADING_RUN_INPUT_BAD_RESTART;
    }
  else if (!g_str_equal (copy, "no") && !g_str_equal (copy, "always") &&
           !g_str_equal (copy, "unless-stopped") && !g_str_equal (copy, "on-failure"))
    {
      return LADING_RUN_INPUT_BAD_RESTART;
    }

  if (policy != NULL)
    *policy = g_strdup (copy);
  if (max_retries != NULL)
    *max_retries = (int)retries;
  return LADING_RUN_INPUT_OK;
}

/* A bind mount's folder on the engine's machine: absolute, and there when
 * that machine is this one (a remote engine's cannot be seen from here). */
LadingRunInputProblem
lading_run_input_check_bind (const char *source,
                             gboolean    source_is_local)
{
  if (is_blank (source))
    return LADING_RUN_INPUT_EMPTY;
  if (!g_path_is_absolute (source))
    return LADING_RUN_INPUT_NOT_ABSOLUTE;
  if (source_is_local && !g_file_test (source, G_FILE_TEST_EXISTS))
    return LADING_RUN_INPUT_NO_SUCH_PATH;

  return LADING_RUN_INPUT_OK;
}

/* Where a mount goes in the container (or a working directory). */
LadingRunInputProblem
lading_run_input_check_target (const char *target)
{
  if (is_blank (target))
    return LADING_RUN_INPUT_EMPTY;

  return target[0] == '/' ? LADING_RUN_INPUT_OK : LADING_RUN_INPUT_NOT_ABSOLUTE;
}

/* "www-data", "1000", "1000:1000", "app:staff". */
LadingRunInputProblem
lading_run_input_check_user (const char *user)
{
  if (is_blank (user))
    return LADING_RUN_INPUT_EMPTY;

  if (!g_regex_match_simple ("^[a-zA-Z0-9_.][a-zA-Z0-9_.-]*(:[a-zA-Z0-9_.][a-zA-Z0-9_.-]*)?$",
                             user, G_REGEX_DOLLAR_ENDONLY, 0))
    return LADING_RUN_INPUT_BAD_USER;

  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_parse_volume:
 * @text: `docker run -v`'s `SOURCE:TARGET[:ro|:rw]`: a named volume, or a
 *   folder of the engine's machine when SOURCE is a path
 * @source_is_local: as for lading_run_input_check_bind()
 * @is_bind: (out) (optional): whether SOURCE is a folder
 * @source: (out) (optional): the volume's name or the folder
 * @target: (out) (optional): where it shows in the container
 * @read_only: (out) (optional): whether the container may only read it
 */
LadingRunInputProblem
lading_run_input_parse_volume (const char  *text,
                               gboolean     source_is_local,
                               gboolean    *is_bind,
                               char       **source,
                               char       **target,
                               gboolean    *read_only)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;
  LadingRunInputProblem problem;
  gboolean bind;
  guint n_parts;

  if (is_blank (text))
    return LADING_RUN_INPUT_EMPTY;

  copy = g_strstrip (g_strdup (text));
  parts = g_strsplit (copy, ":", -1);
  n_parts = g_strv_length (parts);
  if (n_parts < 2 || n_parts > 3 || parts[0][0] == '\0' ||
      (n_parts == 3 && !g_str_equal (parts[2], "ro") && !g_str_equal (parts[2], "rw")))
    return LADING_RUN_INPUT_BAD_MOUNT;

  bind = parts[0][0] == '/' || parts[0][0] == '.' || parts[0][0] == '~';
  problem = bind ? lading_run_input_check_bind (parts[0], source_is_local)
                 : lading_run_input_check_name (parts[0]);
  if (problem == LADING_RUN_INPUT_OK)
    problem = lading_run_input_check_target (parts[1]);
  /* "data:" names no target: a mistake, not a blank row; and nothing
   * goes over the container's root. */
  if (problem == LADING_RUN_INPUT_EMPTY ||
      (problem == LADING_RUN_INPUT_OK && strspn (parts[1], "/") == strlen (parts[1])))
    return LADING_RUN_INPUT_BAD_MOUNT;
  if (problem != LADING_RUN_INPUT_OK)
    return problem;

  if (is_bind != NULL)
    *is_bind = bind;
  if (source != NULL)
    *source = g_strdup (parts[0]);
  if (target != NULL)
    *target = g_strdup (parts[1]);
  if (read_only != NULL)
    *read_only = n_parts == 3 && g_str_equal (parts[2], "ro");
  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_check_driver_options:
 * @driver: (nullable): a volume driver, "local" for %NULL
 * @options: (element-type utf8 utf8): its options
 * @bad_key: (out) (optional): the option that is wrong
 *
 * Checks a volume's driver options as the engine's local driver does:
 * only type, device, o and size, with type and device together and o only
 * with both.  Other drivers' options are theirs to check.
 */
LadingRunInputProblem
lading_run_input_check_driver_options (const char  *driver,
                                       GHashTable  *options,
                                       const char **bad_key)
{
  static const char * const known[] = { "type", "device", "o", "size", NULL };
  /* Each option, and the ones it needs. */
  static const char * const needs[][3] = {
    { "device", "type", NULL },
    { "type", "device", NULL },
    { "o", "device", "type" },
  };
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (options != NULL, LADING_RUN_INPUT_OK);

  if (driver != NULL && driver[0] != '\0' && !g_str_equal (driver, "local"))
    return LADING_RUN_INPUT_OK;

  g_hash_table_iter_init (&iter, options);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_strv_contains (known, key))
      {
        if (bad_key != NULL)
          *bad_key = key;
        return LADING_RUN_INPUT_BAD_DRIVER_OPTION;
      }

  for (guint i = 0; i < G_N_ELEMENTS (needs); i++)
    {
      if (!g_hash_table_contains (options, needs[i][0]))
        continue;
      for (guint j = 1; j < G_N_ELEMENTS (needs[i]) && needs[i][j] != NULL; j++)
        if (!g_hash_table_contains (options, needs[i][j]))
          {
            if (bad_key != NULL)
              *bad_key = needs[i][0];
            return LADING_RUN_INPUT_MISSING_DRIVER_OPTION;
          }
    }

  return LADING_RUN_INPUT_OK;
}

/**
 * lading_run_input_subnets_overlap:
 * @a: a good subnet, "10.10.0.0/24"
 * @b: another, or a list of them joined with ", " (a network's subnets)
 *
 * Returns: whether an address is in @a and in (one of) @b, which the
 *   engine refuses for two networks
 */
gboolean
lading_run_input_subnets_overlap (const char *a,
                                  const char *b)
{
  g_autoptr(GInetAddressMask) mask_a = subnet_new (a);
  g_auto(GStrv) others = NULL;

  if (mask_a == NULL || b == NULL)
    return FALSE;

  others = g_strsplit (b, ",", -1);
  for (guint i = 0; others[i] != NULL; i++)
    {
      g_autoptr(GInetAddressMask) mask_b = subnet_new (others[i]);

      /* Two subnets are nested or apart: they overlap when either holds
       * the other's first address. */
      if (mask_b != NULL &&
          g_inet_address_mask_get_family (mask_a) == g_inet_address_mask_get_family (mask_b) &&
          (g_inet_address_mask_matches (mask_a, g_inet_address_mask_get_address (mask_b)) ||
           g_inet_address_mask_matches (mask_b, g_inet_address_mask_get_address (mask_a))))
        return TRUE;
    }

  return FALSE;
}
