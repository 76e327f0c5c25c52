/* lading-run-spec.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lading-run-input.h"

G_BEGIN_DECLS

typedef enum
{
  LADING_MOUNT_VOLUME,
  LADING_MOUNT_BIND,
  LADING_MOUNT_TMPFS,
} LadingMountKind;

/* One storage of a container: a named volume, a folder of the engine's
 * machine, or memory. */
typedef struct
{
  LadingMountKind  kind;
  char            *source;     /* a volume's name or a folder; NULL for tmpfs */
  char            *target;     /* where it shows in the container */
  gboolean         read_only;
} LadingMountSpec;

/**
 * LadingRunSpec:
 * @image: what to run, "busybox:latest"
 * @name: (nullable): the container's name; %NULL lets the engine pick one
 * @command: (nullable): the command; %NULL for the image's own
 * @entrypoint: (nullable): the entrypoint; %NULL for the image's own, an
 *   empty array for none at all
 * @env: "KEY=VALUE" strings
 * @labels: key → value
 * @ports: the published ports, #LadingPortBinding
 * @mounts: the storage, #LadingMountSpec
 * @network: (nullable): "none", "host", "bridge" or a network's name;
 *   %NULL for the engine's default
 * @restart_policy: (nullable): "no", "always", "unless-stopped",
 *   "on-failure"; %NULL for the engine's default ("no")
 * @max_retries: on-failure's tries, 0 for no limit
 * @memory: bytes, 0 for no limit
 * @nano_cpus: billionths of a CPU, 0 for no limit
 * @user: (nullable): who runs the command; %NULL for the image's
 * @working_dir: (nullable): where; %NULL for the image's
 * @tty: give it a terminal
 * @interactive: keep its standard input open, to attach to it
 * @auto_remove: remove it once it stops
 *
 * A container to create, as the run dialog fills it in from checked
 * fields (lading-run-input.h).  It becomes the body of POST
 * /containers/create, and the `docker run` line that would do the same.
 */
typedef struct
{
  char       *image;
  char       *name;
  GStrv       command;
  GStrv       entrypoint;
  GPtrArray  *env;
  GHashTable *labels;
  GArray     *ports;
  GArray     *mounts;
  char       *network;
  char       *restart_policy;
  int         max_retries;
  gint64      memory;
  gint64      nano_cpus;
  char       *user;
  char       *working_dir;
  gboolean    tty;
  gboolean    interactive;
  gboolean    auto_remove;
} LadingRunSpec;

LadingRunSpec *lading_run_spec_new               (const char          *image);
LadingRunSpec *lading_run_spec_copy              (const LadingRunSpec *self);
void           lading_run_spec_free              (LadingRunSpec       *self);
void           lading_run_spec_add_mount         (LadingRunSpec       *self,
                                                  LadingMountKind      kind,
                                                  const char          *source,
                                                  const char          *target,
                                                  gboolean             read_only);
JsonNode      *lading_run_spec_to_json           (const LadingRunSpec *self);
char          *lading_run_spec_dup_command_line  (const LadingRunSpec *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingRunSpec, lading_run_spec_free)

G_END_DECLS
