/* lading-network-spec.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * LadingNetworkSpec:
 * @name: the network's name
 * @driver: (nullable): its driver, "bridge" for %NULL
 * @internal: whether containers on it reach only each other
 * @subnet: (nullable): its IPv4 subnet, "10.10.0.0/24"; %NULL lets the
 *   engine pick one
 * @gateway: (nullable): an address of @subnet
 * @subnet6: (nullable): an IPv6 subnet, which turns IPv6 on
 * @gateway6: (nullable): an address of @subnet6
 * @labels: (element-type utf8 utf8): its labels
 *
 * A network to create, as the network dialog fills it in from checked
 * fields (lading-run-input.h).
 */
typedef struct
{
  char       *name;
  char       *driver;
  gboolean    internal;
  char       *subnet;
  char       *gateway;
  char       *subnet6;
  char       *gateway6;
  GHashTable *labels;
} LadingNetworkSpec;

LadingNetworkSpec *lading_network_spec_new     (const char              *name);
void               lading_network_spec_free    (LadingNetworkSpec       *spec);
JsonNode          *lading_network_spec_to_json (const LadingNetworkSpec *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingNetworkSpec, lading_network_spec_free)

G_END_DECLS
