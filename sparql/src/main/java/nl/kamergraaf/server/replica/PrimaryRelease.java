package nl.kamergraaf.server.replica;

import java.net.URI;

/**
 * The N-Quads distribution of the primary's latest release, as its DCAT catalog describes it.
 *
 * @param id       the release id (the folder of {@code /dumps/<id>/})
 * @param download where the gzipped N-Quads file is, on the primary
 * @param sha256   its checksum from the catalog (hex)
 */
public record PrimaryRelease(String id, URI download, String sha256) {}
