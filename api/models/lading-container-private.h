/* lading-container-private.h
 *
 * LadingContainer is split in two files: lading-container.c keeps the
 * object (properties, assignment) and lading-container-parse.c reads it from
 * the engine's list and inspect JSON.  This struct is theirs alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-container.h"

G_BEGIN_DECLS

struct _LadingContainer
{
  GObject                parent_instance;

  char                  *id;
  char                  *short_id;
  char                  *name;
  char                  *image;
  char                  *image_id;
  char                  *command;
  char                  *ports;
  char                  *compose_project;
  char                  *compose_service;
  char                  *network_mode;
  char                 **volume_names;
  char                 **network_names;
  GHashTable            *labels;

  gint64                 created;
  gint64                 started_at;
  gint64                 finished_at;
  /* LADING_TIME_EXACT, _UNKNOWN or the unit of the text they were read from. */
  gint64                 started_at_precision;
  gint64                 finished_at_precision;

  LadingContainerState   state;
  LadingContainerHealth  health;
  int                    exit_code;
};

G_END_DECLS
