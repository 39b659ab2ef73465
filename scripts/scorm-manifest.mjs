/**
 * The SCORM 1.2 manifest of the package: one organisation, one item, one SCO (index.html).
 * Kept apart from the packager so a test can validate it against the SCORM 1.2 schemas.
 */
export function scormManifest(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="likelihood-lab" version="${version}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="likelihood-lab-org">
    <organization identifier="likelihood-lab-org">
      <title>Likelihood Lab: maximum likelihood estimation</title>
      <item identifier="likelihood-lab-item" identifierref="likelihood-lab-sco" isvisible="true">
        <title>Likelihood Lab</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="likelihood-lab-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
    </resource>
  </resources>
</manifest>
`;
}
