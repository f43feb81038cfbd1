// Entry of the self-contained bundle for a plain <script type="module">: it only registers elements.
import "./elements.js";
