/* lading-run-input.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LadingRunInputProblem:
 * @LADING_RUN_INPUT_OK: nothing wrong
 * @LADING_RUN_INPUT_EMPTY: nothing typed where something must be
 * @LADING_RUN_INPUT_BAD_NAME: a container or volume name the engine refuses
 * @LADING_RUN_INPUT_BAD_PORT: a port that is no number from 1 to 65535
 * @LADING_RUN_INPUT_BAD_PORT_MAPPING: more parts than [address:][host port:]port
 * @LADING_RUN_INPUT_BAD_PROTOCOL: a protocol other than tcp, udp or sctp
 * @LADING_RUN_INPUT_BAD_ADDRESS: a host address that is no IP address
 * @LADING_RUN_INPUT_BAD_KEY_VALUE: a line without "=", or with an empty or
 *   spaced key (environment, labels, driver options)
 * @LADING_RUN_INPUT_BAD_SIZE: a size that is no number of bytes with an
 *   optional unit (b, k, m, g, t, p)
 * @LADING_RUN_INPUT_SIZE_TOO_SMALL: a memory limit under the engine's 6 MiB
 * @LADING_RUN_INPUT_BAD_CPUS: a CPU count that is no decimal from 0.01 to the
 *   engine's CPUs
 * @LADING_RUN_INPUT_BAD_QUOTES: a command line with unbalanced quotes or a
 *   trailing backslash
 * @LADING_RUN_INPUT_BAD_SUBNET: no CIDR subnet ("10.0.0.0/24")
 * @LADING_RUN_INPUT_BAD_GATEWAY: a gateway that is no address of its subnet
 * @LADING_RUN_INPUT_BAD_RESTART: no restart policy (no, always,
 *   unless-stopped, on-failure[:N])
 * @LADING_RUN_INPUT_NOT_ABSOLUTE: a path that does not start with "/"
 * @LADING_RUN_INPUT_NO_SUCH_PATH: a bind mount's folder that does not exist
 * @LADING_RUN_INPUT_BAD_USER: a user that is no name or uid[:group|gid]
 * @LADING_RUN_INPUT_BAD_MOUNT: storage that is no `volume:/path` or
 *   `/folder:/path`, with an optional `:ro` or `:rw`
 * @LADING_RUN_INPUT_BAD_DRIVER_OPTION: an option the local volume driver
 *   does not know (it takes type, device, o and size)
 * @LADING_RUN_INPUT_MISSING_DRIVER_OPTION: a local volume driver option
 *   without the ones it needs (type and device go together; o needs both)
 *
 * What is wrong with what was typed in a field of the run, volume or
 * network dialogs, checked before anything is sent, by the engine's own
 * rules, so that no request is refused.
 */
typedef enum
{
  LADING_RUN_INPUT_OK,
  LADING_RUN_INPUT_EMPTY,
  LADING_RUN_INPUT_BAD_NAME,
  LADING_RUN_INPUT_BAD_PORT,
  LADING_RUN_INPUT_BAD_PORT_MAPPING,
  LADING_RUN_INPUT_BAD_PROTOCOL,
  LADING_RUN_INPUT_BAD_ADDRESS,
  LADING_RUN_INPUT_BAD_KEY_VALUE,
  LADING_RUN_INPUT_BAD_SIZE,
  LADING_RUN_INPUT_SIZE_TOO_SMALL,
  LADING_RUN_INPUT_BAD_CPUS,
  LADING_RUN_INPUT_BAD_QUOTES,
  LADING_RUN_INPUT_BAD_SUBNET,
  LADING_RUN_INPUT_BAD_GATEWAY,
  LADING_RUN_INPUT_BAD_RESTART,
  LADING_RUN_INPUT_NOT_ABSOLUTE,
  LADING_RUN_INPUT_NO_SUCH_PATH,
  LADING_RUN_INPUT_BAD_USER,
  LADING_RUN_INPUT_BAD_MOUNT,
  LADING_RUN_INPUT_BAD_DRIVER_OPTION,
  LADING_RUN_INPUT_MISSING_DRIVER_OPTION,
} LadingRunInputProblem;

/* A published port as `docker run -p` takes it. */
typedef struct
{
  char  *host_address;    /* NULL for every address */
  guint  host_port;       /* 0 for one the engine picks */
  guint  container_port;
  char  *protocol;        /* "tcp", "udp" or "sctp" */
} LadingPortBinding;

void                  lading_port_binding_clear        (LadingPortBinding *binding);

LadingRunInputProblem lading_run_input_check_name      (const char        *name);
LadingRunInputProblem lading_run_input_parse_port      (const char        *text,
                                                        LadingPortBinding *binding);
LadingRunInputProblem lading_run_input_parse_key_value (const char        *line,
                                                        char             **key,
                                                        char             **value);
LadingRunInputProblem lading_run_input_parse_size      (const char        *text,
                                                        gint64            *bytes);
LadingRunInputProblem lading_run_input_parse_memory    (const char        *text,
                                                        gint64            *bytes);
LadingRunInputProblem lading_run_input_parse_cpus      (const char        *text,
                                                        int                engine_cpus,
                                                        gint64            *nano_cpus);
LadingRunInputProblem lading_run_input_parse_command   (const char        *text,
                                                        GStrv             *argv);
LadingRunInputProblem lading_run_input_check_subnet    (const char        *subnet);
LadingRunInputProblem lading_run_input_check_gateway   (const char        *subnet,
                                                        const char        *gateway);
LadingRunInputProblem lading_run_input_parse_restart   (const char        *text,
                                                        char             **policy,
                                                        int               *max_retries);
LadingRunInputProblem lading_run_input_check_bind      (const char        *source,
                                                        gboolean           source_is_local);
LadingRunInputProblem lading_run_input_check_target    (const char        *target);
LadingRunInputProblem lading_run_input_check_user      (const char        *user);
LadingRunInputProblem lading_run_input_parse_volume    (const char        *text,
                                                        gboolean           source_is_local,
                                                        gboolean          *is_bind,
                                                        char             **source,
                                                        char             **target,
                                                        gboolean          *read_only);
gboolean              lading_run_input_subnets_overlap (const char        *a,
                                                        const char        *b);
LadingRunInputProblem lading_run_input_check_driver_options (const char  *driver,
                                                             GHashTable  *options,
                                                             const char **bad_key);

G_END_DECLS
