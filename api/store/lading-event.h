/* lading-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  LADING_EVENT_KIND_OTHER,
  LADING_EVENT_KIND_CONTAINER,
  LADING_EVENT_KIND_IMAGE,
  LADING_EVENT_KIND_VOLUME,
  LADING_EVENT_KIND_NETWORK,
  LADING_EVENT_KIND_DAEMON,
} LadingEventKind;

/**
 * LadingEvent:
 * @kind: what the event is about (`Type`)
 * @action: the action without its detail: "health_status" for
 *   "health_status: healthy", "exec_start" for "exec_start: sh"
 * @detail: (nullable): the part after ": ", if any
 * @actor_id: `Actor.ID`: a container or image id, a volume name, a network id
 * @attributes: `Actor.Attributes` (name, image, exitCode, oldName, labels…)
 * @time_nano: `timeNano`, for `since=` on reconnect and to drop duplicates
 *
 * One line of `GET /events`, parsed.
 */
typedef struct
{
  LadingEventKind  kind;
  char            *action;
  char            *detail;
  char            *actor_id;
  GHashTable      *attributes;
  gint64           time_nano;
} LadingEvent;

#define LADING_TYPE_EVENT (lading_event_get_type ())

GType        lading_event_get_type      (void);
LadingEvent *lading_event_parse         (const char  *line,
                                         gssize       length,
                                         GError     **error);
LadingEvent *lading_event_copy          (const LadingEvent *self);
void         lading_event_free          (LadingEvent *self);
const char  *lading_event_get_attribute (const LadingEvent *self,
                                         const char  *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingEvent, lading_event_free)

G_END_DECLS
