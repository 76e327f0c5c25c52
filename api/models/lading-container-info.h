/* lading-container-info.h
 *
 * What a container's details page shows that the list does not carry, read
 * from the engine's inspect JSON by a pure function.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lading-container.h"

G_BEGIN_DECLS

/* A port the container exposes and, if published, where on the host. */
typedef struct
{
  char     *container_port;   /* "80/tcp" */
  guint     number;           /* 80 */
  char     *host_ip;          /* "0.0.0.0", "::"; NULL when not published */
  guint     host_port;        /* 0 when not published or chosen at start */
} LadingPortInfo;

typedef struct
{
  char     *type;             /* "bind", "volume", "tmpfs", … */
  char     *source;           /* the volume's name, the host path; NULL for tmpfs */
  char     *destination;      /* the path inside the container */
  gboolean  read_only;
} LadingMountInfo;

typedef struct
{
  char     *name;
  char     *ip_address;       /* NULL when it has none (network "none", stopped) */
  char     *gateway;          /* NULL when it has none */
} LadingNetworkInfo;

/* One run of the health check, oldest first in the log. */
typedef struct
{
  gint64    started_at;       /* unix seconds */
  gint64    finished_at;
  int       exit_code;
  char     *output;
} LadingHealthCheck;

typedef struct
{
  char     *key;
  char     *value;            /* NULL for an environment entry without "=" */
} LadingKeyValue;

typedef struct
{
  char                  *image;               /* as it was asked for: "web:1.0" */
  char                  *image_id;            /* "sha256:…" */
  char                 **entrypoint;          /* never NULL, maybe empty */
  char                 **cmd;                 /* never NULL, maybe empty */
  char                  *working_dir;         /* NULL for the image's default */
  gboolean               tty;                 /* logs and attach are raw, not multiplexed */
  gboolean               open_stdin;          /* attach can write to its main process */
  gint64                 created;             /* unix seconds; 0 when unknown */
  gint64                 started_at;          /* 0 when never started */
  gint64                 finished_at;         /* 0 when it has not stopped since */
  char                  *restart_policy;      /* "no", "always", "on-failure", … */
  int                    restart_max_retries; /* on-failure only; 0 = unlimited */
  int                    restart_count;
  gboolean               oom_killed;
  char                  *error;               /* the engine's last start error, or NULL */
  LadingContainerHealth  health;
  int                    failing_streak;
  GPtrArray             *health_log;          /* LadingHealthCheck */
  GPtrArray             *ports;               /* LadingPortInfo, by number, then protocol */
  GPtrArray             *mounts;              /* LadingMountInfo, by destination */
  GPtrArray             *networks;            /* LadingNetworkInfo, by name */
  GPtrArray             *labels;              /* LadingKeyValue, by key */
  GPtrArray             *env;                 /* LadingKeyValue, as configured */
} LadingContainerInfo;

LadingContainerInfo *lading_container_info_new_from_json (JsonNode            *root,
                                                          GError             **error);
void                 lading_container_info_free          (LadingContainerInfo *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingContainerInfo, lading_container_info_free)

G_END_DECLS
