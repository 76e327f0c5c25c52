/* lading-network-spec.c
 *
 * A network to create, and the body of POST /networks/create for it, as
 * `docker network create` sends it: the driver, Internal, IPAM with one
 * configuration a subnet, EnableIPv6 when one is IPv6, and the labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-network-spec"

#include "config.h"

#include "lading-network-spec.h"

LadingNetworkSpec *
lading_network_spec_new (const char *name)
{
  LadingNetworkSpec *spec;

  g_return_val_if_fail (name != NULL, NULL);

  spec = g_new0 (LadingNetworkSpec, 1);
  spec->name = g_strdup (name);
  spec->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return spec;
}

void
lading_network_spec_free (LadingNetworkSpec *spec)
{
  if (spec == NULL)
    return;

  g_free (spec->name);
  g_free (spec->driver);
  g_free (spec->subnet);
  g_free (spec->gateway);
  g_free (spec->subnet6);
  g_free (spec->gateway6);
  g_hash_table_unref (spec->labels);
  g_free (spec);
}

static void
add_ipam_config (JsonBuilder *builder,
                 const char  *subnet,
                 const char  *gateway)
{
  if (subnet == NULL)
    return;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Subnet");
  json_builder_add_string_value (builder, subnet);
  if (gateway != NULL)
    {
      json_builder_set_member_name (builder, "Gateway");
      json_builder_add_string_value (builder, gateway);
    }
  json_builder_end_object (builder);
}

/**
 * lading_network_spec_to_json:
 *
 * Returns: (transfer full): the body of POST /networks/create
 */
JsonNode *
lading_network_spec_to_json (const LadingNetworkSpec *spec)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (spec != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Name");
  json_builder_add_string_value (builder, spec->name);
  /* A name in use is refused, not answered with the network of that name. */
  json_builder_set_member_name (builder, "CheckDuplicate");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "Driver");
  json_builder_add_string_value (builder, spec->driver != NULL ? spec->driver : "bridge");
  json_builder_set_member_name (builder, "Internal");
  json_builder_add_boolean_value (builder, spec->internal);
  json_builder_set_member_name (builder, "EnableIPv6");
  json_builder_add_boolean_value (builder, spec->subnet6 != NULL);

  json_builder_set_member_name (builder, "IPAM");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Driver");
  json_builder_add_string_value (builder, "default");
  json_builder_set_member_name (builder, "Config");
  json_builder_begin_array (builder);
  add_ipam_config (builder, spec->subnet, spec->gateway);
  add_ipam_config (builder, spec->subnet6, spec->gateway6);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "Labels");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, spec->labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_builder_set_member_name (builder, key);
      json_builder_add_string_value (builder, value);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
