/* lading-container.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The nicks registered by mkenums equal Docker's State strings ("running", …). */
typedef enum
{
  LADING_CONTAINER_STATE_UNKNOWN,
  LADING_CONTAINER_STATE_CREATED,
  LADING_CONTAINER_STATE_RESTARTING,
  LADING_CONTAINER_STATE_RUNNING,
  LADING_CONTAINER_STATE_REMOVING,
  LADING_CONTAINER_STATE_PAUSED,
  LADING_CONTAINER_STATE_EXITED,
  LADING_CONTAINER_STATE_DEAD,
} LadingContainerState;

/* Nicks equal Docker's Health.Status strings; NONE means no health check. */
typedef enum
{
  LADING_CONTAINER_HEALTH_NONE,
  LADING_CONTAINER_HEALTH_STARTING,
  LADING_CONTAINER_HEALTH_HEALTHY,
  LADING_CONTAINER_HEALTH_UNHEALTHY,
} LadingContainerHealth;

#define LADING_TYPE_CONTAINER (lading_container_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainer, lading_container, LADING, CONTAINER, GObject)

const char            *lading_container_get_id              (LadingContainer *self);
const char            *lading_container_get_short_id        (LadingContainer *self);
const char            *lading_container_get_name            (LadingContainer *self);
const char            *lading_container_get_image           (LadingContainer *self);
const char            *lading_container_get_image_id        (LadingContainer *self);
const char            *lading_container_get_command         (LadingContainer *self);
LadingContainerState   lading_container_get_state           (LadingContainer *self);
LadingContainerHealth  lading_container_get_health          (LadingContainer *self);
int                    lading_container_get_exit_code       (LadingContainer *self);
gint64                 lading_container_get_created         (LadingContainer *self);
gint64                 lading_container_get_started_at      (LadingContainer *self);
gint64                 lading_container_get_finished_at     (LadingContainer *self);
const char            *lading_container_get_ports           (LadingContainer *self);
GHashTable            *lading_container_get_labels          (LadingContainer *self);
const char            *lading_container_get_compose_project (LadingContainer *self);
const char            *lading_container_get_compose_service (LadingContainer *self);
const char * const    *lading_container_get_volume_names    (LadingContainer *self);
const char * const    *lading_container_get_network_names   (LadingContainer *self);
const char            *lading_container_get_network_mode    (LadingContainer *self);

G_END_DECLS
