/* lading-container-fields-private.h
 *
 * Container fields the engine only hands out as text or in two different shapes:
 * the list's "Status" sentence, port bindings and the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lading-container.h"

G_BEGIN_DECLS

/* How far a time may be from the truth: 0 when exact, the unit of the text it was
 * read from ("3 minutes": 60) when approximate, or unknown when the source does
 * not carry it at all (the list says nothing about when a running container
 * last exited). */
#define LADING_TIME_EXACT   G_GINT64_CONSTANT (0)
#define LADING_TIME_UNKNOWN G_GINT64_CONSTANT (-1)

typedef struct
{
  int                    exit_code;
  LadingContainerHealth  health;
  gint64                 started_at;
  gint64                 started_at_precision;
  gint64                 finished_at;
  gint64                 finished_at_precision;
} LadingContainerStatus;

/* "Up 3 minutes (healthy)", "Exited (1) 2 hours ago", "Created", … read at @now. */
void      _lading_container_status_parse (const char             *status,
                                          gint64                  now,
                                          LadingContainerStatus  *out);
/* units.HumanDuration text to its lower bound in seconds, and its @unit. */
gboolean  _lading_human_duration_parse   (const char             *text,
                                          gint64                 *seconds,
                                          gint64                 *unit);

/* "0.0.0.0:8080→80/tcp, [::]:8080→80/tcp, 443/tcp", sorted by container port,
 * duplicates dropped; "" when nothing is exposed. */
char     *_lading_ports_from_list        (JsonArray              *ports);
char     *_lading_ports_from_map         (JsonObject             *ports);

/* The list's "Command" built from inspect's Path and Args, quoted the same way. */
char     *_lading_command_from_args      (const char             *path,
                                          JsonArray              *args);

G_END_DECLS
