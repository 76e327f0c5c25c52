/* lading-state-badge.c
 *
 * A small coloured pill naming a container's state.  The colour comes from a
 * CSS class per state (the enum nick: "running", "exited", …) so style.css can
 * use libadwaita's named colours and follow the light, dark and high-contrast
 * styles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-state-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-api-enums.h"
#include "lading-state-badge.h"
#include "lading-status-text.h"

struct _LadingStateBadge
{
  GtkWidget              parent_instance;

  /* Owned */
  GtkWidget             *label;

  LadingContainerState   state;
  LadingContainerHealth  health;
};

G_DEFINE_FINAL_TYPE (LadingStateBadge, lading_state_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  PROP_HEALTH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  /* Enum classes of static types are never freed, so the nick outlives the ref. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/* Returns: (nullable): the health shown beside the state, if any */
static const char *
shown_health (LadingStateBadge *self)
{
  if (self->state != LADING_CONTAINER_STATE_RUNNING)
    return NULL;

  return lading_status_text_health_name (self->health);
}

static char *
describe (LadingStateBadge *self)
{
  const char *name = lading_status_text_state_name (self->state);
  const char *health = shown_health (self);

  /* Translators: a container state and its health, "Running (unhealthy)" */
  return health != NULL ? g_strdup_printf (_("%s (%s)"), name, health) : g_strdup (name);
}

static void
lading_state_badge_update (LadingStateBadge *self)
{
  const char *health = shown_health (self);
  g_autofree char *description = describe (self);
  const char *classes[3] = { NULL };

  classes[0] = enum_nick (LADING_TYPE_CONTAINER_STATE, self->state);
  if (health != NULL)
    classes[1] = enum_nick (LADING_TYPE_CONTAINER_HEALTH, self->health);

  /* The badge owns its classes: setting them all drops the previous state's. */
  gtk_label_set_label (GTK_LABEL (self->label), lading_status_text_state_name (self->state));
  gtk_widget_set_css_classes (GTK_WIDGET (self), classes);
  /* The text is made when asked for (query_tooltip): setting a tooltip
   * text asks the display where the pointer is, a round trip to the X
   * server for every badge of every row bound. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), health != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static gboolean
lading_state_badge_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_mode,
                                  GtkTooltip *tooltip)
{
  LadingStateBadge *self = LADING_STATE_BADGE (widget);
  g_autofree char *description = NULL;

  if (shown_health (self) == NULL)
    return FALSE;

  description = describe (self);
  gtk_tooltip_set_text (tooltip, description);
  return TRUE;
}

static void
lading_state_badge_dispose (GObject *object)
{
  LadingStateBadge *self = (LadingStateBadge *)object;

  g_assert (LADING_IS_STATE_BADGE (self));

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (lading_state_badge_parent_class)->dispose (object);
}

static void
lading_state_badge_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadingStateBadge *self = LADING_STATE_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_HEALTH:
      g_value_set_enum (value, self->health);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_state_badge_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadingStateBadge *self = LADING_STATE_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      lading_state_badge_set_state (self, g_value_get_enum (value));
      break;

    case PROP_HEALTH:
      lading_state_badge_set_health (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_state_badge_class_init (LadingStateBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_state_badge_dispose;
  object_class->get_property = lading_state_badge_get_property;
  object_class->set_property = lading_state_badge_set_property;

  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       LADING_TYPE_CONTAINER_STATE,
                       LADING_CONTAINER_STATE_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Shown only for running containers: Docker keeps the last health of a
   * stopped one, which no longer means anything. */
  properties [PROP_HEALTH] =
    g_param_spec_enum ("health", NULL, NULL,
                       LADING_TYPE_CONTAINER_HEALTH,
                       LADING_CONTAINER_HEALTH_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->query_tooltip = lading_state_badge_query_tooltip;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-state-badge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lading_state_badge_init (LadingStateBadge *self)
{
  self->label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  lading_state_badge_update (self);
}

GtkWidget *
lading_state_badge_new (void)
{
  return g_object_new (LADING_TYPE_STATE_BADGE, NULL);
}

LadingContainerState
lading_state_badge_get_state (LadingStateBadge *self)
{
  g_return_val_if_fail (LADING_IS_STATE_BADGE (self), LADING_CONTAINER_STATE_UNKNOWN);

  return self->state;
}

void
lading_state_badge_set_state (LadingStateBadge     *self,
                              LadingContainerState  state)
{
  g_return_if_fail (LADING_IS_STATE_BADGE (self));

  if (self->state == state)
    return;

  self->state = state;
  lading_state_badge_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

LadingContainerHealth
lading_state_badge_get_health (LadingStateBadge *self)
{
  g_return_val_if_fail (LADING_IS_STATE_BADGE (self), LADING_CONTAINER_HEALTH_NONE);

  return self->health;
}

void
lading_state_badge_set_health (LadingStateBadge      *self,
                               LadingContainerHealth  health)
{
  g_return_if_fail (LADING_IS_STATE_BADGE (self));

  if (self->health == health)
    return;

  self->health = health;
  lading_state_badge_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HEALTH]);
}
