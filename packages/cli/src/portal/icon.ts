/**
 * The portal's icon: the shield of the header (red over white, rounded below), drawn on the header's
 * blue so it stands out on light and dark tabs alike. Served as `/favicon.svg`.
 */
export const portalIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="10" fill="#0b4f8a"/>
<clipPath id="shield"><path d="M14 8h36v26a18 18 0 0 1-36 0z"/></clipPath>
<g clip-path="url(#shield)"><rect x="14" y="8" width="36" height="22" fill="#d4202a"/><rect x="14" y="30" width="36" height="24" fill="#fff"/></g>
<path d="M14 8h36v26a18 18 0 0 1-36 0z" fill="none" stroke="#fff" stroke-width="3"/>
</svg>
`;
